/**
 * Blobs coming out of Drive (`File.getBlob`, `File.getAs`): the same members as
 * `Utilities.newBlob`'s, holding base64 content. `readBlob` reads any blob a script passes in
 * (ours without a call; `Utilities.newBlob`'s through its public members, which are charged).
 */
import { guard } from '../../../core/guard';
import type { BlobData } from '../../../backend/drive';
import type { FacadeContext } from '../../context';
import { enumName } from '../enums';
import type { BlobOut } from './shared';

const S = 'Utilities';
const RAW = Symbol('driveBlob');

interface Raw {
  b64: string;
  contentType: string | null;
  name: string | null;
}

export function createDriveBlob(ctx: FacadeContext, out: BlobOut): GoogleAppsScript.Base.Blob {
  const raw: Raw = { b64: out.b64, contentType: out.contentType, name: out.name };
  const bytes = () => ctx.backend<number[]>('utilities.base64Decode', raw.b64);
  const blob = {
    [RAW]: raw,
    getBytes(): number[] {
      ctx.charge(S, 'Blob.getBytes', 'runtime');
      return bytes();
    },
    getDataAsString(charset?: unknown): string {
      ctx.charge(S, 'Blob.getDataAsString', 'runtime');
      const cs = charset == null ? null : enumName(charset);
      return ctx.backend<string>('utilities.bytesToString', bytes(), cs);
    },
    getName: () => (ctx.charge(S, 'Blob.getName', 'local'), raw.name),
    setName(n: string) {
      ctx.charge(S, 'Blob.setName', 'local');
      raw.name = n;
      return self;
    },
    getContentType: () => (ctx.charge(S, 'Blob.getContentType', 'local'), raw.contentType),
    setContentType(t: string) {
      ctx.charge(S, 'Blob.setContentType', 'local');
      raw.contentType = t;
      return self;
    },
    copyBlob() {
      ctx.charge(S, 'Blob.copyBlob', 'local');
      return createDriveBlob(ctx, {
        ...raw,
        contentType: raw.contentType ?? '',
        name: raw.name ?? '',
      });
    },
    isGoogleType: () => (ctx.charge(S, 'Blob.isGoogleType', 'local'), false),
  };
  const self = guard(blob, 'Blob') as unknown as GoogleAppsScript.Base.Blob;
  return self;
}

export interface BlobRead {
  data: BlobData;
  contentType: string | null;
  name: string | null;
}

const TEXTUAL = /^text\/|json|xml|javascript/;

/** The content, type and name of a Blob or BlobSource passed by a script. */
export function readBlob(_ctx: FacadeContext, source: unknown): BlobRead {
  if (!source || typeof source !== 'object') {
    throw new Error('Invalid argument: blob');
  }
  const raw = (source as { [RAW]?: Raw })[RAW];
  if (raw) return { data: { b64: raw.b64 }, contentType: raw.contentType, name: raw.name };
  let b = source as GoogleAppsScript.Base.Blob;
  if (!('getBytes' in b) && 'getBlob' in b)
    b = (source as GoogleAppsScript.Base.BlobSource).getBlob();
  const inner = (b as { [RAW]?: Raw })[RAW];
  if (inner) return { data: { b64: inner.b64 }, contentType: inner.contentType, name: inner.name };
  const contentType = b.getContentType();
  const name = b.getName();
  const textual = !contentType || TEXTUAL.test(contentType);
  const data = textual ? { text: b.getDataAsString() } : { bytes: b.getBytes() as number[] };
  return { data, contentType, name };
}
