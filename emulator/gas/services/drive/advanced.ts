/**
 * The Drive advanced service, v3 (`Drive.Files.create(resource, mediaData?, optionalArgs?)`):
 * creating a Google Doc from an HTML or text blob converts it (a document created and a
 * conversion, both counted against the user's daily quotas). As Drive v3 does, the answer holds
 * only `kind`, `id`, `name` and `mimeType` unless `optionalArgs.fields` asks for more
 * (`webViewLink`, `parents`, `createdTime`…; `*` for all).
 */
import { guard } from '../../../core/guard';
import type { FacadeContext } from '../../context';
import { readBlob } from './blob';
import { DOC_MIME, driveOp } from './shared';

const S = 'Drive';

interface Resource {
  name?: string;
  mimeType?: string;
  parents?: string[];
}

export function createDriveAdvanced(ctx: FacadeContext): unknown {
  const files = {
    create(resource: Resource, mediaData?: unknown, optionalArgs?: { fields?: string }) {
      const r = resource ?? {};
      ctx.charge(S, 'Drive.Files.create', r.mimeType === DOC_MIME ? 'document.create' : 'drive');
      const media = mediaData == null ? undefined : readBlob(ctx, mediaData);
      return driveOp<Record<string, unknown>>(ctx, 'filesCreate', {
        resource: { name: r.name, mimeType: r.mimeType, parents: r.parents },
        media: media && { ...media.data, contentType: media.contentType },
        fields: optionalArgs?.fields,
      });
    },
  };
  return guard({ Files: guard(files, 'Drive.Files') }, S);
}
