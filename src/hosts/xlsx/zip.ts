/**
 * The zip container of an .xlsx package: the central directory read with every bound checked, one
 * entry inflated as a stream (fflate) with its CRC-32 and size verified, and a package written back
 * where every entry we did not change keeps its compressed bytes exactly (method, CRC, sizes, time).
 *
 * The records are read and written here rather than by a zip library because none both copies an
 * entry's compressed bytes untouched, whatever its method, and inflates one entry as a bounded,
 * CRC-checked stream: JSZip re-deflates stored entries and checks CRCs only by inflating everything
 * at load; fflate's streaming writer always appends data descriptors. DEFLATE itself is fflate's.
 * Browser-safe: bytes in, bytes out.
 */
import { Deflate, Inflate, inflateSync } from 'fflate';
import { Crc32 } from './crc32';
import { XlsxReadError } from './errors';

/** What a central directory record says of an entry, read and written back alike. */
interface EntryRecord {
  /** The name as stored (written back as is). */
  rawName: Uint8Array;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  madeBy: number;
  internalAttrs: number;
  externalAttrs: number;
}

export interface ZipEntry extends EntryRecord {
  name: string;
  /** Offset of the compressed data in the package bytes. */
  dataStart: number;
}

export interface ZipPackage {
  bytes: Uint8Array;
  /** Entries in central-directory order (the order they are written back in). */
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

/** An entry ready to be written: compressed bytes with the CRC and size of what they inflate to. */
export interface PreparedEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
  /** DOS time and date; new parts take the package's own (see writeZip). */
  time?: number;
  date?: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const MAX_ENTRIES = 65_535;
const CHUNK = 1 << 16;

function damaged(detail: string): XlsxReadError {
  return new XlsxReadError('corrupt', detail);
}

class Reader {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  check(offset: number, length: number, what: string): void {
    if (offset < 0 || length < 0 || offset + length > this.bytes.length)
      throw damaged(`${what} out of bounds`);
  }
  u16(o: number): number {
    return this.view.getUint16(o, true);
  }
  u32(o: number): number {
    return this.view.getUint32(o, true);
  }
  u64(o: number): number {
    const v = this.view.getBigUint64(o, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('zip64 size out of range');
    return Number(v);
  }
}

function findEnd(r: Reader): number {
  const min = Math.max(0, r.bytes.length - 22 - 0xffff);
  for (let o = r.bytes.length - 22; o >= min; o--) {
    if (r.u32(o) === SIG_END && o + 22 + r.u16(o + 20) <= r.bytes.length) return o;
  }
  throw damaged('no end of central directory');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function entryName(raw: Uint8Array): string {
  try {
    return utf8.decode(raw);
  } catch {
    return latin1.decode(raw); // a pre-UTF-8 writer; part names of a workbook are ASCII anyway
  }
}

/** The package's entries, every offset and size checked against the bytes. */
export function openZip(bytes: Uint8Array): ZipPackage {
  if (bytes.length < 22) throw damaged('too short for a zip');
  const r = new Reader(bytes);
  const end = findEnd(r);
  let count = r.u16(end + 10);
  let cdSize = r.u32(end + 12);
  let cdOffset = r.u32(end + 16);
  if (end >= 20 && r.u32(end - 20) === SIG_LOCATOR64) {
    const at = r.u64(end - 12);
    r.check(at, 56, 'zip64 end record');
    if (r.u32(at) !== SIG_END64) throw damaged('zip64 end record');
    count = r.u64(at + 32);
    cdSize = r.u64(at + 40);
    cdOffset = r.u64(at + 48);
  }
  if (count > MAX_ENTRIES) throw new XlsxReadError('too-large', `${count} zip entries`);
  r.check(cdOffset, cdSize, 'central directory');

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let o = cdOffset;
  for (let i = 0; i < count; i++) {
    r.check(o, 46, 'central directory entry');
    if (r.u32(o) !== SIG_CENTRAL) throw damaged('central directory entry signature');
    const nameLength = r.u16(o + 28);
    const extraLength = r.u16(o + 30);
    const commentLength = r.u16(o + 32);
    r.check(o + 46, nameLength + extraLength + commentLength, 'central directory entry');
    const rawName = bytes.slice(o + 46, o + 46 + nameLength);
    let compressedSize = r.u32(o + 20);
    let size = r.u32(o + 24);
    let localOffset = r.u32(o + 42);
    // Zip64: the fields set to 0xFFFFFFFF follow in the extra field 0x0001, in this order.
    for (let e = o + 46 + nameLength; e + 4 <= o + 46 + nameLength + extraLength;) {
      const id = r.u16(e);
      const length = r.u16(e + 2);
      if (id === 0x0001) {
        let f = e + 4;
        if (size === 0xffffffff) ((size = r.u64(f)), (f += 8));
        if (compressedSize === 0xffffffff) ((compressedSize = r.u64(f)), (f += 8));
        if (localOffset === 0xffffffff) localOffset = r.u64(f);
      }
      e += 4 + length;
    }
    r.check(localOffset, 30, 'local header');
    if (r.u32(localOffset) !== SIG_LOCAL) throw damaged('local header signature');
    const dataStart = localOffset + 30 + r.u16(localOffset + 26) + r.u16(localOffset + 28);
    r.check(dataStart, compressedSize, 'entry data');
    const entry: ZipEntry = {
      name: entryName(rawName),
      rawName,
      method: r.u16(o + 10),
      flags: r.u16(o + 8),
      crc: r.u32(o + 16),
      compressedSize,
      size,
      time: r.u16(o + 12),
      date: r.u16(o + 14),
      madeBy: r.u16(o + 4),
      internalAttrs: r.u16(o + 36),
      externalAttrs: r.u32(o + 38),
      dataStart,
    };
    // Part names are case-insensitive (OPC): two entries for one part cannot both be the part.
    const key = entry.name.toLowerCase();
    if (byName.has(key)) throw damaged(`two entries named ${entry.name}`);
    byName.set(key, entry);
    entries.push(entry);
    o += 46 + nameLength + extraLength + commentLength;
  }
  return { bytes, entries, byName };
}

export function findEntry(pkg: ZipPackage, name: string): ZipEntry | undefined {
  return pkg.byName.get(name.toLowerCase());
}

/**
 * Inflate one entry, handing each piece of its content to `onChunk`. Stops with `corrupt` as soon as
 * the content grows past its stated size (a small entry: once inflated), and at the end unless size
 * and CRC-32 match.
 */
export function inflateEntry(pkg: ZipPackage, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
  if (entry.flags & 1) throw damaged(`${entry.name} is encrypted`);
  const data = pkg.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const crc = new Crc32();
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.size) throw damaged(`${entry.name} is larger than its stated size`);
    crc.update(chunk);
    if (chunk.length > 0) onChunk(chunk);
  };
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += CHUNK) take(data.subarray(i, i + CHUNK));
  } else if (entry.method === 8 && isSmall(entry)) {
    const out = inflateWhole(entry, data);
    for (let i = 0; i < out.length; i += CHUNK) take(out.subarray(i, i + CHUNK));
  } else if (entry.method === 8) {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      for (let i = 0; i < data.length || i === 0; i += CHUNK)
        inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    } catch (e) {
      if (e instanceof XlsxReadError) throw e;
      throw damaged(`${entry.name}: ${(e as Error).message}`);
    }
  } else {
    throw damaged(`${entry.name} uses compression method ${entry.method}`);
  }
  if (produced !== entry.size) throw damaged(`${entry.name} is shorter than its stated size`);
  if (crc.value !== entry.crc) throw damaged(`${entry.name} fails its CRC-32 check`);
}

/**
 * Small entries (most parts of most packages) are inflated in one piece: fflate's stream sets aside
 * some 160 KB for each entry whatever its size, and that churn was most of the time a read took. The
 * work stays bounded by the compressed size: 64 KB inflate to at most ~64 MB, and what passes the
 * buffer is dropped.
 */
function isSmall(entry: ZipEntry): boolean {
  return entry.compressedSize > 0 && entry.compressedSize <= 1 << 16 && entry.size <= 1 << 20;
}

/** Into one byte more than the stated size, so that a larger entry still shows. */
function inflateWhole(entry: ZipEntry, data: Uint8Array): Uint8Array {
  try {
    return inflateSync(data, { out: new Uint8Array(entry.size + 1) });
  } catch (e) {
    // A stored block past the end of the buffer fails as a RangeError (from any realm): larger than stated.
    if ((e as Error).name === 'RangeError') throw damaged(`${entry.name} is larger than its stated size`);
    throw damaged(`${entry.name}: ${(e as Error).message}`);
  }
}

/** An entry's whole content (for the small parts: relationships, workbook, styles, the ledger). */
export function entryBytes(pkg: ZipPackage, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let at = 0;
  inflateEntry(pkg, entry, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

/**
 * A faster DEFLATE a host may supply (the CLI passes Node's zlib): raw DEFLATE of one segment, ended
 * with a sync flush and not final, so that segments concatenate into one stream.
 */
export type DeflateSegment = (data: Uint8Array, level: number) => Uint8Array;

/** Fed to the deflater in pieces this large: fflate is about twice as fast per byte as on small ones. */
const SEGMENT = 1 << 20;
/** The final, empty block that ends a stream of flushed segments. */
const FINAL_BLOCK = Uint8Array.of(0x03, 0x00);

/** Deflates pieces of content as they come, keeping the CRC-32 and size for the entry. */
export class EntryDeflater {
  private readonly crc = new Crc32();
  private size = 0;
  private readonly out: Uint8Array[] = [];
  private pending: Uint8Array[] = [];
  private pendingSize = 0;
  private readonly deflater: Deflate | null;

  /** Level 1 above a few megabytes: a big sheet deflates several times faster, a little larger. */
  constructor(
    expectedSize: number,
    private readonly segment?: DeflateSegment,
  ) {
    this.level = expectedSize > 4_000_000 ? 1 : 6;
    this.deflater = segment ? null : new Deflate({ level: this.level }, (chunk) => this.out.push(chunk));
  }

  private readonly level: 1 | 6;

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.crc.update(chunk);
    this.size += chunk.length;
    this.pending.push(chunk);
    this.pendingSize += chunk.length;
    if (this.pendingSize >= SEGMENT) this.drain(false);
  }

  private drain(final: boolean): void {
    const data = concat(this.pending);
    this.pending = [];
    this.pendingSize = 0;
    if (this.deflater) this.deflater.push(data, final);
    else {
      if (data.length > 0) this.out.push((this.segment as DeflateSegment)(data, this.level));
      if (final) this.out.push(FINAL_BLOCK);
    }
  }

  finish(name: string): PreparedEntry {
    this.drain(true);
    return { name, method: 8, crc: this.crc.value, size: this.size, data: concat(this.out) };
  }
}

/** A new or rewritten part. */
export function deflatePart(name: string, content: Uint8Array, segment?: DeflateSegment): PreparedEntry {
  const deflater = new EntryDeflater(content.length, segment);
  for (let i = 0; i < content.length; i += CHUNK) deflater.push(content.subarray(i, i + CHUNK));
  return deflater.finish(name);
}

export function concat(chunks: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const encoder = new TextEncoder();

interface Written extends EntryRecord {
  /** Offset of the entry's local header in the written package. */
  offset: number;
}

/**
 * The run of fields a local header and a central record hold alike, in the same order: version
 * needed (2.0), flags, method, time, date, CRC-32, both sizes and the name's length.
 */
function setSharedFields(v: DataView, at: number, w: EntryRecord): void {
  v.setUint16(at, 20, true);
  v.setUint16(at + 2, w.flags, true);
  v.setUint16(at + 4, w.method, true);
  v.setUint16(at + 6, w.time, true);
  v.setUint16(at + 8, w.date, true);
  v.setUint32(at + 10, w.crc, true);
  v.setUint32(at + 14, w.compressedSize, true);
  v.setUint32(at + 18, w.size, true);
  v.setUint16(at + 22, w.rawName.length, true);
}

/**
 * The package with `replaced` parts (null removes one) and `added` parts after the others. Every
 * other entry is copied with its compressed bytes, method, CRC, sizes and time as they were. Headers
 * are written without data descriptors or extra fields; parts larger than 4 GB cannot occur (the
 * reader caps what a package may inflate to far below that).
 */
export function writeZip(
  pkg: ZipPackage,
  replaced: Map<string, PreparedEntry | null>,
  added: PreparedEntry[],
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  // New parts carry the time of the workbook part, so writing the same package twice gives the same bytes.
  const clock = pkg.entries.find((e) => /workbook\.xml$/i.test(e.name)) ?? pkg.entries[0];
  const put = (w: Omit<Written, 'offset'>, data: Uint8Array) => {
    const header = new Uint8Array(30 + w.rawName.length);
    const v = new DataView(header.buffer);
    v.setUint32(0, SIG_LOCAL, true);
    setSharedFields(v, 4, w);
    header.set(w.rawName, 30);
    chunks.push(header, data);
    written.push({ ...w, offset });
    offset += header.length + data.length;
  };
  const prepared = (p: PreparedEntry, base?: ZipEntry) => {
    const rawName = base?.rawName ?? encoder.encode(p.name);
    put(
      {
        rawName,
        method: p.method,
        flags: 0x0800 & (base?.flags ?? 0x0800),
        crc: p.crc,
        compressedSize: p.data.length,
        size: p.size,
        time: p.time ?? base?.time ?? clock?.time ?? 0,
        date: p.date ?? base?.date ?? clock?.date ?? 0x21,
        madeBy: base?.madeBy ?? 20,
        internalAttrs: base?.internalAttrs ?? 0,
        externalAttrs: base?.externalAttrs ?? 0,
      },
      p.data,
    );
  };
  const replacedByKey = new Map([...replaced].map(([name, p]) => [name.toLowerCase(), p]));
  for (const e of pkg.entries) {
    const key = e.name.toLowerCase();
    if (replacedByKey.has(key)) {
      const p = replacedByKey.get(key);
      if (p) prepared(p, e);
      continue;
    }
    // Bit 3 (data descriptor) goes: the sizes are in the header now. Bits 1-2 (deflate level) and 11 (UTF-8) stay.
    put({ ...e, flags: e.flags & 0x0806 }, pkg.bytes.subarray(e.dataStart, e.dataStart + e.compressedSize));
  }
  for (const p of added) prepared(p);

  const cdStart = offset;
  for (const w of written) {
    const record = new Uint8Array(46 + w.rawName.length);
    const v = new DataView(record.buffer);
    v.setUint32(0, SIG_CENTRAL, true);
    v.setUint16(4, w.madeBy, true);
    setSharedFields(v, 6, w);
    v.setUint16(36, w.internalAttrs, true);
    v.setUint32(38, w.externalAttrs, true);
    v.setUint32(42, w.offset, true);
    record.set(w.rawName, 46);
    chunks.push(record);
    offset += record.length;
  }
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, SIG_END, true);
  v.setUint16(8, written.length, true);
  v.setUint16(10, written.length, true);
  v.setUint32(12, offset - cdStart, true);
  v.setUint32(16, cdStart, true);
  chunks.push(end);
  return concat(chunks);
}
