declare module 'virtual:backstory-gate-terms' {
  /** The pack's gate terms only, folded at build time: what the gate script bundles instead of the pack. */
  const gateTerms: import('../detect/gate').FoldedGateTerms;
  export default gateTerms;
}
