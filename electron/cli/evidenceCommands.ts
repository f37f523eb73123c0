/** CLI verbs about what is recorded beside a photo (the photo itself is added by `evidence add`). */
import type { Photo } from '../../shared/domain';
import { call, need, options, type Command } from './cliSupport';
import { EXIT, UsageError } from './output';

export const EVIDENCE_USAGE = `  photo explain-date --photo ID --text TEXT
                                        why a photo's questionable camera date (years before the case,
                                        after the import, unreadable) is what it is; the newest counts,
                                        the history stays; printed under the photo on the notice
`;

/** One line for a photo whose camera date is flagged (case show, evidence add), or null when it is not. */
export function describeCameraDateFlag(p: Photo): string | null {
  const flag = p.cameraDateFlag;
  if (flag === null) return null;
  return flag.explanation === null
    ? `photo ${p.id}: ${flag.reason}; not counted as a dated photo until explained (caseready photo explain-date --photo ${p.id} --text "...")`
    : `photo ${p.id}: ${flag.reason}; explained: ${flag.explanation}`;
}

export const EVIDENCE_COMMANDS: Record<string, Command> = {
  'photo explain-date': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { photo: { type: 'string' }, text: { type: 'string' } });
      const photoRef = need(values.photo, '--photo');
      if (!/^\d+$/.test(photoRef)) throw new UsageError(`--photo must be a photo id (got "${photoRef}")`);
      if (values.text === undefined) throw new UsageError('--text is required');
      const photo = await call(ctx, 'explainPhotoDate', { photoId: Number(photoRef), explanation: values.text });
      ctx.out.result(photo, () => `Recorded. ${describeCameraDateFlag(photo) ?? `photo ${photo.id}'s camera date is plausible`}`);
      return EXIT.ok;
    },
  },
};
