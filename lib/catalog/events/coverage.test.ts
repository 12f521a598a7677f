import { describe, expect, it } from 'vitest';
import { eventCoverage, eventIdFields, findLogsource, normalizeEventIds } from './coverage';
import { getEvents, getLogsource, getLogsourceData } from './data';

const win = (category: string | null, service: string | null = null) => ({ product: 'windows', category, service });

describe('logsource content', () => {
  it('has all 140 SigmaHQ combinations, attribution and no prose', () => {
    const { content } = getLogsourceData();
    expect(content.logsources).toHaveLength(140);
    expect(content.attribution).toBeTruthy();
    expect(content.sources['ms-sysmon-doc']).toMatchObject({ kind: 'git', repo: 'MicrosoftDocs/sysinternals' });
    const text = JSON.stringify(content);
    expect(text).not.toContain('"notes"');
    expect(text).not.toContain('"note"');
  });

  it('drops titles that are only SigmaHQ rule titles', () => {
    expect(getEvents('Application', 1000)).toEqual([{ channel: 'Application', provider: 'Application Error', id: 1000, title: null }]);
    expect(getEvents('Security', 4624)[0].title).toBe('An account was successfully logged on.');
    expect(getLogsource('windows', null, 'security')?.event_id_field).toBe('EventID');
  });
});

describe('eventCoverage', () => {
  it('fixed_events: network_connection is Sysmon 3', () => {
    expect(eventCoverage(win('network_connection'), [])).toEqual({
      level: 'fixed_events',
      events: [{ provider: 'Sysmon', channel: 'Microsoft-Windows-Sysmon/Operational', eventId: 3, title: 'Network connection' }],
    });
  });

  it('fixed_events: process_creation is Sysmon 1 and Security 4688, in reference order', () => {
    expect(eventCoverage(win('process_creation'), [4688, 1])).toEqual({
      level: 'fixed_events',
      events: [
        { provider: 'Sysmon', channel: 'Microsoft-Windows-Sysmon/Operational', eventId: 1, title: 'Process creation' },
        { provider: 'Windows Security', channel: 'Security', eventId: 4688, title: 'A new process has been created.' },
      ],
    });
  });

  it('fixed_events: a logsource with several IDs lists them all', () => {
    const { events } = eventCoverage(win('registry_event'), []);
    expect(events.map((e) => [e.provider, e.eventId])).toEqual([
      ['Sysmon', 12],
      ['Sysmon', 13],
      ['Sysmon', 14],
      ['Windows Security', 4657],
    ]);
  });

  it("rule_events: the rule's own EventID on the service channel", () => {
    expect(eventCoverage(win(null, 'security'), [4624])).toEqual({
      level: 'rule_events',
      events: [{ provider: 'Windows Security', channel: 'Security', eventId: 4624, title: 'An account was successfully logged on.' }],
    });
  });

  it('rule_events: IDs as strings or numbers, deduplicated and sorted', () => {
    const { events } = eventCoverage(win(null, 'security'), ['4625', 4624, 4624, ' 4625 ']);
    expect(events.map((e) => e.eventId)).toEqual([4624, 4625]);
    expect(events[1].title).toBe('An account failed to log on.');
  });

  it('rule_events: an ID under another provider of the same channel still gets its title', () => {
    const { events } = eventCoverage(win(null, 'security'), [1102]);
    expect(events).toEqual([{ provider: 'Windows Security', channel: 'Security', eventId: 1102, title: 'The audit log was cleared.' }]);
  });

  it('rule_events: an ID with only a rule title, or shared by disagreeing providers, has no title', () => {
    expect(eventCoverage(win(null, 'application'), [1000]).events).toEqual([
      { provider: 'Windows Application', channel: 'Application', eventId: 1000, title: null },
    ]);
    expect(eventCoverage(win(null, 'system'), [16]).events[0]).toMatchObject({ eventId: 16, title: null });
  });

  it('rule_events: an ID not in the table is kept without a title', () => {
    expect(eventCoverage(win(null, 'security'), [99999]).events).toEqual([
      { provider: 'Windows Security', channel: 'Security', eventId: 99999, title: null },
    ]);
  });

  it('rule_events: a multi-channel service keeps an ID on the channels that have it', () => {
    const entry = getLogsource('windows', null, 'applocker')!;
    const [channel] = getLogsourceData().content.events.filter((e) => e.channel?.startsWith('Microsoft-Windows-AppLocker/'));
    const { events } = eventCoverage(win(null, 'applocker'), [channel.id]);
    expect(entry.providers.length).toBeGreaterThan(1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ channel: channel.channel, eventId: channel.id });
  });

  it('rule_events: named events (CloudTrail eventName) have no channel or title', () => {
    expect(eventCoverage({ product: 'aws', category: null, service: 'cloudtrail' }, ['StopLogging', 'DeleteTrail'])).toEqual({
      level: 'rule_events',
      events: [
        { provider: 'AWS CloudTrail', channel: null, eventId: 'DeleteTrail', title: null },
        { provider: 'AWS CloudTrail', channel: null, eventId: 'StopLogging', title: null },
      ],
    });
  });

  it('rule_events: no ID named gives one row per provider', () => {
    expect(eventCoverage(win(null, 'powershell'), [])).toEqual({
      level: 'rule_events',
      events: [
        { provider: 'PowerShell 5', channel: 'Microsoft-Windows-PowerShell/Operational', eventId: null, title: null },
        { provider: 'PowerShell 7', channel: 'PowerShellCore/Operational', eventId: null, title: null },
      ],
    });
  });

  it('provider_only: provider rows without an event', () => {
    expect(eventCoverage(win('file_access'), [])).toEqual({
      level: 'provider_only',
      events: [{ provider: 'Microsoft-Windows-Kernel-File (ETW)', channel: null, eventId: null, title: null }],
    });
    expect(eventCoverage({ product: 'zeek', service: 'dns' }, []).events).toEqual([
      { provider: 'Zeek', channel: null, eventId: null, title: null },
    ]);
  });

  it('generic: no rows', () => {
    expect(eventCoverage({ product: null, category: 'proxy', service: null }, [])).toEqual({ level: 'generic', events: [] });
    expect(eventCoverage({ product: 'windows', category: null, service: null }, [4624])).toEqual({ level: 'generic', events: [] });
  });

  it('unmapped: a logsource the reference does not know', () => {
    expect(eventCoverage({ product: 'plan9', category: 'process_creation', service: null }, [1])).toEqual({
      level: 'unmapped',
      events: [],
    });
  });

  it('falls back to the nearest entry for a triple SigmaHQ does not use', () => {
    // category + product, ignoring the service
    expect(eventCoverage({ product: 'windows', category: 'network_connection', service: 'sysmon' }, []).events[0]).toMatchObject({
      eventId: 3,
    });
    // product + service, ignoring an unknown category
    expect(findLogsource({ product: 'windows', category: 'nonsense', service: 'security' })?.service).toBe('security');
    // a bare Windows service
    expect(eventCoverage({ product: null, category: null, service: 'security' }, [4624]).events[0]).toMatchObject({
      provider: 'Windows Security',
      title: 'An account was successfully logged on.',
    });
  });

  it('normalises the logsource case and blanks', () => {
    expect(eventCoverage({ product: ' Windows ', category: 'Process_Creation', service: '' }, []).level).toBe('fixed_events');
  });
});

describe('normalizeEventIds', () => {
  it('numbers first, ascending, then names; blanks and duplicates dropped', () => {
    expect(normalizeEventIds(['b', 10, '2', 'a', 2, '', 'b', -1, 1.5])).toEqual([2, 10, 'a', 'b']);
  });
});

describe('eventIdFields', () => {
  it('names the field a rule uses for its event, alternatives split', () => {
    expect(eventIdFields(win(null, 'security'))).toEqual(['EventID']);
    expect(eventIdFields({ product: 'aws', service: 'cloudtrail' })).toEqual(['eventName']);
    expect(eventIdFields({ product: 'gcp', service: 'gcp.audit' })).toEqual(['gcp.audit.method_name', 'data.protoPayload.methodName']);
  });

  it('is empty when the logsource fixes the events, names none, or is unknown', () => {
    expect(eventIdFields(win('process_creation'))).toEqual([]);
    expect(eventIdFields(win('file_access'))).toEqual([]);
    expect(eventIdFields({ product: 'plan9' })).toEqual([]);
  });
});
