/** "Pekerjaan saya": overdue first, then by due date. */
import type { WorkItem } from '../../src/app/api/views';
import { listTitle, sortWork } from '../../sidebar/kerja/work';

function item(
  caseId: string,
  sla: WorkItem['sla'],
  dueOn: string,
  receivedOn = '2024-01-01',
): WorkItem {
  return {
    caseId,
    version: 1,
    groupName: caseId,
    kecamatan: '35.20.05',
    kecamatanName: 'Magetan',
    desaName: 'Desa',
    step: 'S03',
    stepName: 'Validasi',
    status: 'Proses',
    waitingRole: 'Staf',
    receivedOn,
    receivedOnLabel: '',
    dueOn,
    dueLabel: '',
    sla,
  };
}

describe('sortWork', () => {
  it('puts overdue first, then near, ok and none, each by due date', () => {
    const items = [
      item('ok-late', 'ok', '2024-02-10'),
      item('none', 'none', ''),
      item('overdue-2', 'overdue', '2024-01-20'),
      item('near', 'near', '2024-02-01'),
      item('ok-early', 'ok', '2024-02-05'),
      item('overdue-1', 'overdue', '2024-01-10'),
    ];
    expect(sortWork(items).map((i) => i.caseId)).toEqual([
      'overdue-1',
      'overdue-2',
      'near',
      'ok-early',
      'ok-late',
      'none',
    ]);
    expect(items[0].caseId).toBe('ok-late');
  });

  it('breaks ties by receipt date, then keeps the server order', () => {
    const items = [
      item('b', 'ok', '2024-02-05', '2024-01-03'),
      item('a', 'ok', '2024-02-05', '2024-01-02'),
      item('c', 'ok', '2024-02-05', '2024-01-03'),
    ];
    expect(sortWork(items).map((i) => i.caseId)).toEqual(['a', 'b', 'c']);
  });
});

describe('listTitle', () => {
  it('speaks to the Kepala Dinas of approvals', () => {
    expect(listTitle('Kadis', 2)).toBe('Menunggu persetujuan Anda (2)');
    expect(listTitle('Staf', 0)).toBe('Menunggu tindakan Anda (0)');
  });
});
