#include "read.h"

#include <ctype.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "fold.h"

/* ---- plain text ---------------------------------------------------------- */

static int valid_utf8_at(const unsigned char *s, size_t n, size_t *len) {
  unsigned char c = s[0];
  size_t need;
  unsigned int min;
  if (c < 0x80) { *len = 1; return 1; }
  if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; }
  else return 0;
  if (n < need + 1) return 0;
  unsigned int cp = c & (0x3F >> need);
  for (size_t i = 1; i <= need; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  /* not characters: XML (so RDF/XML) cannot hold them */
  if (cp == 0xFFFE || cp == 0xFFFF) return 0;
  *len = need + 1;
  return 1;
}

char *read_clean_text(arena *a, const char *bytes, size_t len,
                      size_t *out_len, size_t *replaced) {
  const unsigned char *s = (const unsigned char *)bytes;
  size_t i = 0;
  if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) i = 3;
  /* worst case: every byte becomes U+FFFD (3 bytes) */
  char *out = arena_alloc_bytes(a, (len - i) * 3 + 1);
  if (!out) return NULL;
  size_t o = 0, bad = 0;
  while (i < len) {
    size_t n;
    /* a run of printable ASCII and line breaks, copied at once */
    size_t run = i;
    while (run < len && ((s[run] >= 0x20 && s[run] < 0x7F) || s[run] == '\n'))
      run++;
    if (run > i) {
      memcpy(out + o, s + i, run - i);
      o += run - i;
      i = run;
      continue;
    }
    if (s[i] == '\r') {
      out[o++] = '\n';
      i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
    } else if (s[i] < 0x20 && s[i] != '\n' && s[i] != '\t') {
      out[o++] = ' ';
      i++;
    } else if (s[i] == 0x7F) {
      out[o++] = ' ';
      i++;
    } else if (valid_utf8_at(s + i, len - i, &n)) {
      memcpy(out + o, s + i, n);
      o += n;
      i += n;
    } else {
      memcpy(out + o, "\xEF\xBF\xBD", 3);
      o += 3;
      i++;
      bad++;
    }
  }
  out[o] = '\0';
  *out_len = o;
  *replaced = bad;
  return out;
}

/* Binary files: NUL bytes, or many control/invalid bytes in the head. */
static int looks_binary(const char *bytes, size_t len) {
  size_t head = len < 8192 ? len : 8192, odd = 0;
  const unsigned char *s = (const unsigned char *)bytes;
  for (size_t i = 0; i < head; i++) {
    size_t n;
    if (s[i] == 0) return 1;
    if (s[i] < 0x20 && !isspace(s[i])) odd++;
    else if (s[i] >= 0x80 && !valid_utf8_at(s + i, len - i, &n)) odd++;
    else if (s[i] >= 0x80) i += n - 1;
  }
  return head > 0 && odd * 10 > head;
}

static int has_text(const char *s, size_t n) {
  int32_t cp;
  size_t len;
  for (size_t i = 0; (len = utf8_next(s + i, n - i, &cp)) > 0; i += len)
    if (cp_is_letter(cp) || cp_is_digit(cp)) return 1;
  return 0;
}

static int looks_html(const char *bytes, size_t len) {
  size_t head = len < 2048 ? len : 2048, i = 0;
  if (head >= 3 && (unsigned char)bytes[0] == 0xEF) i = 3;
  while (i < head && isspace((unsigned char)bytes[i])) i++;
  if (i >= head || bytes[i] != '<') return 0;
  static const char *const marks[] = {"<!doctype html", "<html", "<head",
                                      "<body", "<meta", "<title"};
  for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
    size_t ml = strlen(marks[m]);
    for (size_t k = i; k + ml <= head; k++)
      if (strncasecmp(bytes + k, marks[m], ml) == 0) return 1;
  }
  return 0;
}

/* ---- HTML ---------------------------------------------------------------- */

static int name_is(const xmlNode *n, const char *name) {
  return n->type == XML_ELEMENT_NODE && n->name &&
         strcasecmp((const char *)n->name, name) == 0;
}

static int skipped_element(const xmlNode *n) {
  static const char *const skip[] = {
      "script", "style", "noscript", "nav", "header", "footer", "aside",
      "form", "template", "svg", "iframe", "button", "select", "head",
      "object", "canvas", "menu"};
  for (size_t i = 0; i < sizeof skip / sizeof *skip; i++)
    if (name_is(n, skip[i])) return 1;
  return 0;
}

static int block_element(const xmlNode *n) {
  static const char *const blocks[] = {
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr",
      "section", "article", "main", "blockquote", "ul", "ol", "table", "dd",
      "dt", "figcaption", "pre", "hr", "figure", "td", "th", "dl", "address"};
  for (size_t i = 0; i < sizeof blocks / sizeof *blocks; i++)
    if (name_is(n, blocks[i])) return 1;
  return 0;
}

static int heading_element(const xmlNode *n) {
  return n->type == XML_ELEMENT_NODE && n->name &&
         (n->name[0] == 'h' || n->name[0] == 'H') && n->name[1] >= '1' &&
         n->name[1] <= '6' && n->name[2] == '\0';
}

static char *attr(const xmlNode *n, const char *name) {
  return (char *)xmlGetProp((xmlNode *)n, (const xmlChar *)name);
}

/* Iterative pre-order walk: the parser bounds depth, but we never recurse
 * over input-controlled nesting anyway. */
static const xmlNode *walk_next(const xmlNode *n, const xmlNode *root,
                                int descend) {
  if (descend && n->children) return n->children;
  while (n && n != root) {
    if (n->next) return n->next;
    n = n->parent;
  }
  return NULL;
}

static const xmlNode *find_first(const xmlNode *root, const char *name,
                                 const char *role) {
  for (const xmlNode *n = root; n; n = walk_next(n, root, 1)) {
    if (role) {
      if (n->type != XML_ELEMENT_NODE) continue;
      char *r = attr(n, "role");
      int hit = r && strcasecmp(r, role) == 0;
      xmlFree(r);
      if (hit) return n;
    } else if (name_is(n, name)) {
      return n;
    }
  }
  return NULL;
}

static void newline(strbuf *b, int count) {
  size_t have = 0;
  while (have < b->len && b->data[b->len - 1 - have] == '\n') have++;
  if (b->len == 0) return;
  while (b->len && b->data[b->len - 1] == ' ') b->len--;
  for (size_t k = have; k < (size_t)count; k++) strbuf_putc(b, '\n');
}

static void append_text(strbuf *b, const char *t) {
  for (; *t; t++) {
    char c = *t;
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (c == ' ' && (b->len == 0 || b->data[b->len - 1] == ' ' ||
                     b->data[b->len - 1] == '\n'))
      continue;
    strbuf_putc(b, c);
  }
}

static void html_text(const xmlNode *root, strbuf *b) {
  const xmlNode *n = root;
  while (n) {
    int descend = 1;
    if (n->type == XML_ELEMENT_NODE) {
      if (skipped_element(n)) {
        descend = 0;
      } else if (block_element(n)) {
        newline(b, heading_element(n) ? 2 : 1);
        if (name_is(n, "li")) strbuf_puts(b, "\xE2\x80\xA2 ");
      }
    } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) append_text(b, (const char *)n->content);
    }
    /* after leaving a heading, end its line */
    const xmlNode *next = walk_next(n, root, descend);
    if (!descend || !n->children) {
      const xmlNode *up = n;
      while (up && up != root && !up->next) {
        up = up->parent;
        if (up && heading_element(up)) newline(b, 2);
      }
    }
    n = next;
  }
}

static int iso_date_prefix(const char *s) {
  for (int i = 0; i < 10; i++) {
    if (i == 4 || i == 7) {
      if (s[i] != '-') return 0;
    } else if (!isdigit((unsigned char)s[i])) {
      return 0;
    }
  }
  return 1;
}

static void html_metadata(arena *a, const xmlNode *root, doc_source *out) {
  static const char *const date_keys[] = {
      "article:published_time", "date", "dc.date", "dcterms.date",
      "dc.date.issued", "dcterms.issued", "pubdate", "publishdate",
      "og:published_time", "datepublished"};
  for (const xmlNode *n = root; n; n = walk_next(n, root, 1)) {
    if (name_is(n, "html") && !out->lang) {
      char *l = attr(n, "lang");
      if (!l) l = attr(n, "xml:lang");
      size_t got, bad; /* attribute bytes are not checked by libxml2 */
      if (l) out->lang = read_clean_text(a, l, strlen(l), &got, &bad);
      xmlFree(l);
    } else if (name_is(n, "title") && !out->title) {
      xmlChar *t = xmlNodeGetContent(n);
      if (t) {
        strbuf b;
        strbuf_init(&b);
        append_text(&b, (const char *)t);
        /* "&#xD800;" comes out of libxml2 as invalid UTF-8: the title is
         * written as a literal, so clean it like the text */
        size_t got, bad;
        if (b.len) out->title = read_clean_text(a, b.data, b.len, &got, &bad);
        strbuf_free(&b);
      }
      xmlFree(t);
    } else if (name_is(n, "meta") && !out->date) {
      char *key = attr(n, "property");
      if (!key) key = attr(n, "name");
      if (!key) key = attr(n, "itemprop");
      char *content = attr(n, "content");
      if (key && content && strlen(content) >= 10 && iso_date_prefix(content))
        for (size_t k = 0; k < sizeof date_keys / sizeof *date_keys; k++)
          if (strcasecmp(key, date_keys[k]) == 0) {
            out->date = arena_strndup(a, content, 10);
            break;
          }
      xmlFree(key);
      xmlFree(content);
    } else if (name_is(n, "time") && !out->date) {
      char *dt = attr(n, "datetime");
      if (dt && strlen(dt) >= 10 && iso_date_prefix(dt))
        out->date = arena_strndup(a, dt, 10);
      xmlFree(dt);
    }
  }
}

static void mute(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

static attache_status read_html(arena *a, const char *bytes, size_t len,
                                doc_source *out, const char **why) {
  if (len > (size_t)0x7FFFFFFF) {
    *why = "HTML document too large";
    return ATTACHE_ERR_BAD_INPUT;
  }
  /* libxml2 prints encoding errors (bytes that do not match a page's
   * declared charset) on stderr despite HTML_PARSE_NOERROR; attache speaks
   * only through its message callback, so mute them for this parse and put
   * the caller's handler back */
  xmlGenericErrorFunc saved = xmlGenericError;
  void *saved_ctx = xmlGenericErrorContext;
  xmlSetGenericErrorFunc(NULL, mute);
  htmlDocPtr doc = htmlReadMemory(
      bytes, (int)len, NULL, NULL,
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
          HTML_PARSE_NONET | HTML_PARSE_NOBLANKS |
          /* without it libxml2 silently stops at depth 256 and drops the
           * rest of the page; our walk over the tree is iterative */
          XML_PARSE_HUGE);
  xmlSetGenericErrorFunc(saved_ctx, saved);
  if (!doc) {
    *why = "not readable as HTML";
    return ATTACHE_ERR_BAD_INPUT;
  }
  const xmlNode *root = xmlDocGetRootElement(doc);
  strbuf b;
  strbuf_init(&b);
  if (root) {
    html_metadata(a, root, out);
    const xmlNode *main = find_first(root, "article", NULL);
    if (!main) main = find_first(root, "main", NULL);
    if (!main) main = find_first(root, NULL, "main");
    if (!main) main = find_first(root, "body", NULL);
    if (!main) main = root;
    if (out->title) {
      strbuf_puts(&b, out->title);
      strbuf_puts(&b, "\n\n");
    }
    html_text(main, &b);
  }
  xmlFreeDoc(doc);
  if (b.failed) {
    strbuf_free(&b);
    return ATTACHE_ERR_NOMEM;
  }
  out->text = read_clean_text(a, b.data ? b.data : "", b.len, &out->len,
                              &out->replaced);
  strbuf_free(&b);
  return out->text ? ATTACHE_SUCCESS : ATTACHE_ERR_NOMEM;
}

attache_status read_document(arena *a, const char *bytes, size_t len,
                             attache_input_kind kind, doc_source *out,
                             const char **why) {
  memset(out, 0, sizeof *out);
  *why = NULL;
  if (len == 0) {
    *why = "empty document";
    return ATTACHE_ERR_BAD_INPUT;
  }
  if (looks_binary(bytes, len)) {
    *why = "binary data, not text";
    return ATTACHE_ERR_BAD_INPUT;
  }
  if (kind == ATTACHE_INPUT_HTML ||
      (kind == ATTACHE_INPUT_AUTO && looks_html(bytes, len))) {
    out->is_html = 1;
    attache_status st = read_html(a, bytes, len, out, why);
    if (st) return st;
  } else {
    out->text = read_clean_text(a, bytes, len, &out->len, &out->replaced);
    if (!out->text) return ATTACHE_ERR_NOMEM;
  }
  if (!has_text(out->text, out->len)) {
    *why = "no text in document";
    return ATTACHE_ERR_BAD_INPUT;
  }
  return ATTACHE_SUCCESS;
}
