/** `npm run bench`: the machine, then every section's lines. */
import os from 'os';
import { boundedSection } from './bounded';
import { cliSection } from './cli';
import { engineSection } from './engine';
import { reviewSection } from './review';
import type { BenchSection } from './section';
import { reportSyncs } from './syncs';

const officeSection: BenchSection = {
  title: 'Office adapter (over the Excel fake)',
  async run() {
    const lines: string[] = [];
    await reportSyncs((line) => lines.push(line));
    return lines;
  },
};

/** The sections, in print order; a new measurement is one more BenchSection here. */
export const SECTIONS: BenchSection[] = [
  engineSection,
  cliSection,
  boundedSection,
  reviewSection,
  officeSection,
];

async function run(): Promise<void> {
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown cpu'}, ${cpus.length} cores, node ${process.version}, ${os.platform()} ${os.arch()}`,
  );
  for (const section of SECTIONS) {
    console.log(`\n${section.title}`);
    for (const line of await section.run()) console.log(`  ${line}`);
  }
}

run().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
