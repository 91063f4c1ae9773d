/* namekey.h - the identity key of a person's name: the words of its slug,
   with the spellings that transliteration gives one name folded into one. */
#ifndef SKG_NAMEKEY_H
#define SKG_NAMEKEY_H

#include "buf.h"

/** Append to `b` the key of the person name `name` (`len` bytes of UTF-8):
    lowercase ASCII words joined by '-', as skg_slug_append() makes them
    (diacritics dropped, hyphen and space alike), each word with its
    transliteration variants folded to one spelling ("Aleksandr" and
    "Alexander" -> "alexander", "Zhaparov" -> "japarov", "Dmitriy" ->
    "dmitry", "Tokaev" -> "tokayev", "Mohammed" -> "muhammad").  A function
    of the name alone, so that every report, in any order, gives the same
    person the same key; it never folds one name into another (no initials,
    no nicknames).  Appends nothing for a name without letters or digits.
    @return SKG_OK, SKG_ERR_NOMEM or SKG_ERR_TOO_LARGE (b's cap). */
skg_status skg_namekey_append(skg_buf *b, const char *name, size_t len);

#endif
