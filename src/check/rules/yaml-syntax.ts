import { YAML_FAULT_MESSAGES } from '../../messages/yaml-faults.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  summary: { nb: 'Filen er ikke gyldig YAML.', en: 'The file is not well-formed YAML.' },
  messages: YAML_FAULT_MESSAGES,
});
