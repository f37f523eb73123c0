/**
 * The Notice of Hearing's blocks: the letter frame around the hearing's particulars (label/value
 * rows), the continuance sentence when it was moved, and the boxed when-and-where sentence; the
 * rights, non-appearance, continuance and contact sections close it.
 */
import type { Block, DocumentModel } from '../../model/blocks';
import { letterDocument } from '../../model/letterBlocks';
import type { HearingNoticeModel } from './hearingNoticeModel';

export const HEARING_NOTICE_DESCRIBED_AS = { document: 'notice of hearing', enteredText: "the owner's name and address and the hearing's tribunal, docket and place" } as const;

export function hearingNoticeDocument(model: HearingNoticeModel): DocumentModel {
  const body: Block[] = [
    { type: 'heading', level: 1, text: model.particularsHeading },
    { type: 'rows', rows: model.particulars },
    ...(model.continuedSentence ? [{ type: 'paragraph' as const, text: model.continuedSentence }] : []),
    { type: 'noticeBox', text: model.whenAndWhere },
  ];
  return letterDocument(model, body, HEARING_NOTICE_DESCRIBED_AS);
}
