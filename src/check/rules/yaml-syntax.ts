import { YAML_FAULT_MESSAGES } from '../../messages/yaml-faults.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  // Only in part: a left-out key (required), a colon in a text (yaml-syntax); see the rule's page.
  fixable: true,
  summary: { nb: 'Filen er ikke gyldig YAML.', en: 'The file is not well-formed YAML.' },
  messages: YAML_FAULT_MESSAGES,
});
