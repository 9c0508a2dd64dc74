declare module 'virtual:backstory-topic' {
  /** The pack's `topic` only (the gate's terms): what the gate script bundles instead of the pack. */
  const topic: import('../dataset/compiled').CompiledPack['topic'];
  export default topic;
}
