import type { CheckDefinition } from '../../../engine/types.ts';
import { alertAcknowledged, alertLinksDecision, alertOpenDays } from './acknowledgement.ts';
import { alertKindsToldApart, alertShowsBeforeAndAfter } from './alerts.ts';
import { chosenSystemsOnly, changesSincePrevious, supportMeasureHonoured } from './inquiry-options.ts';
import { answeredOrNotHeld, dataReceivedAt, inquiryByAddressNumber, itemAsOfDate } from './inquiry.ts';
import { foreignItemRefused, linkedSystemsListed, onlyLinkageRoleSends } from './interface.ts';
import { alertOnlyInProtection, duplicateChangeIgnored, inquiryListStored, restrictedAddressWithheld } from './linkage.ts';

import { suspendAndResume } from './suspension.ts';

/** Checks of the requirements of area 12 庁内連携・総合照会 (curated list). */
export function checks_a12(): CheckDefinition[] {
  return [
    alertOnlyInProtection, duplicateChangeIgnored, restrictedAddressWithheld, inquiryListStored,
    answeredOrNotHeld, itemAsOfDate, dataReceivedAt, inquiryByAddressNumber,
    chosenSystemsOnly, changesSincePrevious, supportMeasureHonoured,
    linkedSystemsListed, onlyLinkageRoleSends, foreignItemRefused,
    alertShowsBeforeAndAfter, alertKindsToldApart, alertAcknowledged, alertLinksDecision, alertOpenDays,
    suspendAndResume,
  ];
}
