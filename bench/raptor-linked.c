/*
 * raptor-linked — the start-up floor of any program built on Debian's
 * raptor2: it links raptor2 (and so the shared libraries raptor2 pulls in:
 * curl, GnuTLS, libxml2, libxslt, ICU...) and does nothing else.
 * attache-bench times it beside `attache --version`.
 */
#include <raptor2.h>

int main(void) { return raptor_version_major == 2 ? 0 : 1; }
