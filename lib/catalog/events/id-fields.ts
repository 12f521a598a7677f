/** Which detection field names the event for a logsource (`EventID`, CloudTrail `eventName`, ...). */

import { findLogsource, type LogsourceInput } from './coverage';

/** `EventID` is always read: Windows rules name events with it even where the mapping does not say so. */
export function eventIdFields(logsource: LogsourceInput): string[] {
  const field = findLogsource(logsource)?.event_id_field;
  const fields = field ? field.split('|') : [];
  return fields.includes('EventID') ? fields : ['EventID', ...fields];
}
