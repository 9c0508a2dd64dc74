declare module 'virtual:backstory-pack' {
  const pack: import('./compiled').CompiledPack;
  export default pack;
}
