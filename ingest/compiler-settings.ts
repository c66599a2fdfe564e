/**
 * How V8's optimising compiler treats the array methods the rules are written with, set once
 * for the process (V8's flags are the whole process's, worker threads included) by importing
 * this module; the ingest pipeline imports it, so every process that extracts runs with it.
 *
 * TurboFan inlines `map`, `filter`, `find`, `some` ... into the optimised code of their caller,
 * and the `map` it inlines returns a holey array where the built-in returns a packed one: an
 * array a rule builds with `map` has one of two hidden classes depending on whether its maker
 * happens to run optimised. Optimised code that reads such an array with another inlined method
 * (`pending.filter` after `pending.map`, `.map(...).filter(...)`) is checked against the classes
 * it has seen and thrown away when the other arrives ("wrong map"), then compiled again. The
 * relation rules are long functions that inline many such chains, so after thousands of
 * documents the compilers still took a fifth of the CPU recompiling them
 * (docs/benchmarks.md, 2026-12-05 07:40). Calling the built-ins instead keeps every array a
 * rule builds of one kind, costs the extracting thread nothing measurable, and ends that churn.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inline-array-builtins');
