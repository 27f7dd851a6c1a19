// Parses Mermaid exports with the real Mermaid parser: every .mmd file, and
// every ```mermaid block of every .md file named on the command line.
// Exits 1 when any diagram fails to parse.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

// Mermaid sanitizes titles with DOMPurify, which needs a DOM.
const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
const version = JSON.parse(
  readFileSync(new URL('./node_modules/mermaid/package.json', import.meta.url), 'utf8')).version;

function diagramsOf(file) {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.md'))
    return [text];
  const blocks = [...text.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  if (blocks.length === 0)
    throw new Error('no mermaid block found');
  return blocks;
}

let failures = 0;
let parsed = 0;
for (const file of process.argv.slice(2)) {
  let diagrams;
  try {
    diagrams = diagramsOf(file);
  } catch (error) {
    console.error(`${file}: ${error.message}`);
    ++failures;
    continue;
  }
  for (const [index, diagram] of diagrams.entries()) {
    try {
      const result = await mermaid.parse(diagram);
      if (result.diagramType !== 'sequence')
        throw new Error(`parsed as ${result.diagramType}, not sequence`);
      ++parsed;
    } catch (error) {
      console.error(`${file} (block ${index + 1}): ${error.message ?? error}`);
      ++failures;
    }
  }
}
console.log(`mermaid ${version}: ${parsed} diagram(s) parsed, ${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
