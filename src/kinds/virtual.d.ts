/** Every folder of src/kinds with a kind.ts, gathered by the build (scripts/kinds-module.mjs). */
declare module 'virtual:dekom-kinds' {
  const kinds: readonly import('../model/define.js').KindDefinition[];
  export default kinds;
}
