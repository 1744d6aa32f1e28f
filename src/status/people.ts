import type { PlanFacts } from '../check/facts.js';

function normalise(text: string): string {
  return text.toLowerCase().replace(/[()«»"'.,;:/&+]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether `text` names `name` as whole words: "Kari Nordmann (UiA)" names "kari nordmann" and "uia". */
function names(text: string | null, name: string): boolean {
  if (!text || !name) return false;
  return ` ${normalise(text)} `.includes(` ${name} `);
}

/**
 * Who `--for` means in one plan: the name itself and, where the name is a partner's or its
 * contact person's, the other of the two, since a task owned by "UiA" is Kari's when she is
 * UiA's contact person in the plan, and UiA's when she is named.
 */
export interface Person {
  /** The plan names the person at all: as contact, partner or contact person. */
  inPlan: boolean;
  owns(owner: string | null): boolean;
}

export function personIn(facts: PlanFacts | undefined, wanted: string): Person {
  const name = normalise(wanted);
  const aliases = new Set([name]);
  let inPlan = false;
  if (facts) {
    if (names(facts.contact, name)) inPlan = true;
    for (const partner of facts.partners) {
      const isPartner = names(partner.name, name);
      const isContact = names(partner.contact, name);
      if (!isPartner && !isContact) continue;
      inPlan = true;
      aliases.add(normalise(partner.name));
      if (partner.contact) aliases.add(normalise(partner.contact));
    }
  }
  const owns = (owner: string | null) => [...aliases].some((alias) => alias !== '' && names(owner, alias));
  return { inPlan, owns };
}
