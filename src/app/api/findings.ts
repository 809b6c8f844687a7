/**
 * What the conflicts sidebar receives (`apiListConflicts`): the open findings of the kecamatan
 * pull-backs and the last pull-back of each kecamatan. Shared by the server and the page.
 */
export interface FindingView {
  id: string;
  version: number;
  kecamatan: string;
  target: string;
  recordId: string;
  caseId: string;
  field: string;
  masterValue: string;
  pendampingValue: string;
  message: string;
  pendamping: string;
  detectedLabel: string;
}

export interface FindingsPage {
  conflicts: FindingView[];
  pulls: Array<{ kecamatan: string; pulledLabel: string; summary: string; status: string }>;
}
