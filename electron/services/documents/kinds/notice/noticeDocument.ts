/**
 * The Notice of Violation's blocks: the letter frame around one group per violation (its band
 * with the correct-by date, repeated as "(continued)" atop a later page; the section, condition
 * and corrective action; the correct-by row; the photos) and the sentence with the last date.
 */
import type { Block, DocumentModel } from '../../model/blocks';
import { letterDocument } from '../../model/letterBlocks';
import type { NoticeModel, NoticeViolation } from './noticeModel';

export const NOTICE_DESCRIBED_AS = { document: 'notice', enteredText: "the owner's name and address and the violation text" } as const;

function violationGroup(v: NoticeViolation): Block {
  const aside = `${v.deadline.label}: ${v.deadline.value}`;
  return {
    type: 'group',
    repeatOnNewPage: { type: 'band', text: v.continuedHeading, aside },
    blocks: [
      { type: 'band', text: v.heading, aside },
      { type: 'rows', ruled: true, rows: [...v.rows, { ...v.deadline, emphasis: true }] },
      ...(v.photos.length > 0
        ? [
            {
              type: 'photoGrid' as const,
              label: v.photosLabel,
              photos: v.photos.map((p) => ({ imageSha256: p.sha256, caption: p.caption, hashLabel: p.hashLabel, printedSha256: p.originalSha256 })),
            },
          ]
        : []),
    ],
  };
}

export function noticeDocument(model: NoticeModel): DocumentModel {
  return letterDocument(
    model,
    [
      { type: 'heading', level: 1, text: model.violationsHeading },
      ...model.violations.map(violationGroup),
      { type: 'paragraph', tone: 'strong', text: model.deadlineSentence },
    ],
    NOTICE_DESCRIBED_AS,
  );
}
