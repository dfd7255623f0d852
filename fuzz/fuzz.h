/*
 * fuzz — what the fuzz targets share: the libFuzzer entry points (so the
 * replay driver can call them without libFuzzer), the knowledge loaded once,
 * and the invariants every reader result must keep. A broken invariant
 * aborts, which libFuzzer and the replay test both report as a crash.
 */
#ifndef ATTACHE_FUZZ_H
#define ATTACHE_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "attache.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The knowledge of the source tree's ontology/ and the build's generated/
 * (ATTACHE_ONTOLOGY / ATTACHE_GENERATED override them); exits on failure. */
const attache_knowledge *fuzz_knowledge(void);

/* Aborts with `what` on stderr when `cond` is false. */
#define FUZZ_CHECK(cond, what) \
  ((cond) ? (void)0 : fuzz_fail(__FILE__, __LINE__, (what)))
void fuzz_fail(const char *file, int line, const char *what)
    __attribute__((noreturn));

/* 1 when s[0..n) is valid UTF-8 (checked with utf8proc). */
int fuzz_valid_utf8(const char *s, size_t n);

/* 1 when `lexical` is a valid lexical form of the XSD datatype whose local
 * name is `type` ("date", "gYearMonth", "gYear", "integer",
 * "nonNegativeInteger"). */
int fuzz_valid_xsd(const char *type, const char *lexical);

#endif
