import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AttackTable } from '@/components/rule/attack-table';
import { CorrelationSummary } from '@/components/rule/correlation-summary';
import { EventTable } from '@/components/rule/event-table';
import { ExclusionTable } from '@/components/rule/exclusion-table';
import { IndicatorTable } from '@/components/rule/indicator-table';
import { RuleBody } from '@/components/rule/rule-body';
import { RuleHeader } from '@/components/rule/rule-header';
import { RuleLinks } from '@/components/rule/rule-links';
import { RuleNeighbours } from '@/components/rule/rule-neighbours';
import { RuleReferences } from '@/components/rule/rule-references';
import { StageList } from '@/components/rule/stage-list';
import { Section } from '@/components/ui/section';
import { getNeighbours, getRoot, getRule, listRuleSlugs, sharedIndicatorIds } from '@/lib/catalog/load';
import { ruleMetadata } from '@/lib/site/metadata';
import { nonEmpty } from '@/lib/site/static-params';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return nonEmpty('id', listRuleSlugs());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const rule = getRule(decodeURIComponent((await params).id));
  return rule ? ruleMetadata(rule) : {};
}

export default async function RulePage({ params }: Props) {
  const rule = getRule(decodeURIComponent((await params).id));
  if (!rule) notFound();
  return (
    <article>
      <RuleHeader rule={rule} root={getRoot(rule.root)} />
      <Section id="attack" title="MITRE ATT&CK coverage">
        <AttackTable attack={rule.attack} />
      </Section>
      <Section id="events" title="Event coverage">
        <EventTable events={rule.events} level={rule.eventCoverage} />
      </Section>
      <CorrelationSummary rule={rule} />
      <Section id="rule-body" title="Rule body">
        <RuleBody rule={rule} />
      </Section>
      <Section id="stages" title="Stages and Predicates">
        <StageList stages={rule.stages} />
      </Section>
      <Section id="exclusions" title="Exclusions" intro="Top-level NOT(...) conjuncts: predicates this rule actively suppresses.">
        <ExclusionTable exclusions={rule.exclusions} />
      </Section>
      <Section
        id="indicators"
        title="Indicators"
        intro="Each row is a field, operator and value that the rule matches. The corpus column counts the rules of the catalog (this one included) that look for the same thing: high numbers point to widely used indicators, 1 to one specific to this rule."
      >
        <IndicatorTable indicators={rule.indicators} ids={sharedIndicatorIds(rule)} />
      </Section>
      <RuleReferences rule={rule} />
      <RuleLinks rule={rule} />
      {rule.kind === 'detection' ? <RuleNeighbours neighbours={getNeighbours(rule)} /> : null}
    </article>
  );
}
