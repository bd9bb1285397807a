import { describe, expect, it } from 'vitest';
import { generateKey, newSigner, newVerifier, NoteError, openNote, signNote } from './note.js';

const peterV = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const peterS = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const enochV = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const peterSig = '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const enochSig = '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';

describe('keys', () => {
  it('parses the upstream verifier and signer keys', () => {
    const v = newVerifier(peterV);
    expect([v.name, v.keyHash]).toEqual(['PeterNeumann', 0xc74f20a3]);
    const s = newSigner(peterS);
    expect([s.name, s.keyHash]).toEqual(['PeterNeumann', 0xc74f20a3]);
    expect(newVerifier('sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8').keyHash).toBe(0x033de0ae);
    expect(newVerifier('localhost.localdev/sumdb+00000c67+AcTrnkbUA+TU4heY3hkjiSES/DSQniBqIeQ/YppAUtK6').name).toBe('localhost.localdev/sumdb');
  });

  it.each([
    ['PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', 'invalid verifier hash'],
    ['PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', 'malformed verifier id'],
    ['Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', 'malformed verifier id'],
    ['+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', 'malformed verifier id'],
    ['PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T', 'malformed verifier id'],
    ['PeterNeumann+c74f20a3', 'malformed verifier id'],
  ])('rejects verifier %s', (key, message) => {
    expect(() => newVerifier(key)).toThrow(message);
  });

  it('rejects mangled keys byte by byte', () => {
    for (let i = 0; i < peterV.length; i++) {
      const mangled = peterV.slice(0, i) + String.fromCharCode(peterV.charCodeAt(i) ^ 1) + peterV.slice(i + 1);
      expect(() => newVerifier(mangled)).toThrow(NoteError);
    }
  });

  it('generates keys that sign and verify', () => {
    const { skey, vkey } = generateKey('example.com/db', Buffer.alloc(32, 9));
    const msg = signNote({ text: 'hello\n' }, [newSigner(skey)]);
    expect(openNote(msg, [newVerifier(vkey)]).text).toBe('hello\n');
  });
});

describe('signed notes', () => {
  it('signs deterministically as upstream does', () => {
    expect(signNote({ text }, [newSigner(peterS)]).toString()).toBe(`${text}\n${peterSig}`);
  });

  it('opens a note with one known and one unknown key', () => {
    const note = openNote(Buffer.from(`${text}\n${peterSig}${enochSig}`), [newVerifier(peterV)]);
    expect(note.text).toBe(text);
    expect(note.sigs.map((s) => s.name)).toEqual(['PeterNeumann']);
    expect(note.unverifiedSigs.map((s) => [s.name, s.hash])).toEqual([['EnochRoot', 0xaf0cfe78]]);
    const both = openNote(Buffer.from(`${text}\n${peterSig}${enochSig}${peterSig}`), [newVerifier(peterV), newVerifier(enochV)]);
    expect(both.sigs.map((s) => s.name)).toEqual(['PeterNeumann', 'EnochRoot']);
  });

  it('reports a note without verifiable signatures, with the parsed note', () => {
    try {
      openNote(Buffer.from(`${text}\n${enochSig}`), [newVerifier(peterV)]);
      expect.unreachable();
    } catch (err) {
      expect((err as NoteError).message).toBe('note has no verifiable signatures');
      expect((err as NoteError).note?.unverifiedSigs).toHaveLength(1);
    }
  });

  it('fails hard on a bad signature from a known key', () => {
    const tampered = Buffer.from(`${text.replace('answer', 'ANSWER')}\n${peterSig}`);
    expect(() => openNote(tampered, [newVerifier(peterV)])).toThrow('invalid signature for key PeterNeumann+c74f20a3');
  });

  it('refuses two verifiers for the same key', () => {
    expect(() => openNote(Buffer.from(`${text}\n${peterSig}`), [newVerifier(peterV), newVerifier(peterV)])).toThrow('ambiguous key PeterNeumann+c74f20a3');
  });

  it.each([
    ['text without blank line', `${text}${peterSig}`],
    ['no signatures', `${text}\n`],
    ['last signature without newline', `${text}\n${peterSig.trimEnd()}`],
    ['leading \\x01', `\x01${text}\n${peterSig}`],
    ['leading \\xff', Buffer.concat([Buffer.of(0xff), Buffer.from(`${text}\n${peterSig}`)])],
    ['name with a space', `${text}\n— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`],
    ['extra line after signatures', `${text}\n${peterSig}Hello, world\n`],
    ['101 signatures', `${text}\n${peterSig.repeat(101)}`],
    ['short signature', `${text}\n— PeterNeumann AAAA\n`],
  ])('rejects a malformed note: %s', (_name, msg) => {
    expect(() => openNote(Buffer.from(msg), [newVerifier(peterV)])).toThrow('malformed note');
  });

  it('keeps other signatures when re-signing', () => {
    const note = openNote(Buffer.from(`${text}\n${enochSig}${peterSig}`), [newVerifier(peterV)]);
    expect(signNote(note, [newSigner(peterS)]).toString()).toBe(`${text}\n${enochSig}${peterSig}`);
  });
});
