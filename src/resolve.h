/*
 * resolve — decides what the recognised spans refer to and mints the
 * entities: gazetteer states, territories, organisations and ministries by
 * their gazetteer id; ministries named generically ("the Foreign Ministry")
 * by the state in context; embassies by sending and host state; people by
 * normalised full name (people.c), with later surnames, titles ("the
 * foreign minister") and "the ministry"/"the government" resolved within
 * the document; and the posts people hold (role × state, posts.c). Writes
 * d->entities, d->posts, d->home and the spans' targets.
 */
#ifndef ATTACHE_RESOLVE_H
#define ATTACHE_RESOLVE_H

#include "document.h"

attache_status resolve_document(document *d);

/* The year a sentence speaks of: a year in it, else its heading's, else
 * the document's; 0 when unknown. */
int sentence_year(const document *d, size_t sentence_index);

/* The state an adjective, demonym, genitive name or "of STATE" right
 * around token range [first,last] points to, or NULL. */
entity *state_near(document *d, size_t first, size_t last, size_t *consumed_to);

/* "the country's prime minister", "landets premierminister": the state a
 * state noun (lex:stateNoun) right before token `first` stands for, the
 * first named in its sentence before it, else in the sentence before; or
 * NULL. Weaker than what state_near finds and than a known person's own
 * state. */
entity *state_noun_before(document *d, size_t first);

/* The document's entity for a gazetteer entry, made on first use. */
entity *entity_from_kb(document *d, const kb_entity *k);

/* The document's entity of that IRI, made (with no label) on first use. */
entity *entity_for_iri(document *d, entity_kind kind, const char *iri);

/* Records that tokens [first,last] mention e. */
void entity_add_mention(entity *e, size_t first, size_t last);

/* Adds the text of tokens [first,last] to e's other labels, once. */
void entity_add_alt_label(document *d, entity *e, size_t first, size_t last);

/* The text of tokens [first,last], and their folded keys joined by
 * spaces ("lars lokke rasmussen"), in the document's arena. */
const char *tokens_text(document *d, size_t first, size_t last);
const char *tokens_key(document *d, size_t first, size_t last);

/* A name run of two words or more ending in an organisation's head noun
 * ("Atlantic Council", "Wilson Center"): an organisation, not a person. */
int org_name_run(const document *d, const span *s);

/* A lower-case word that may stand inside an office's words ("the
 * former", "nye"), not a name or another lexicon span. */
int modifier_word(const document *d, size_t i);

#endif
