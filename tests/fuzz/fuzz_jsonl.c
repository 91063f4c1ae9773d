/* fuzz_jsonl.c - libFuzzer harness for the JSON Lines reader: the bytes as
   one record of a corpus through skg_jsonl_read_record() (jansson, then the
   record's text through the reader).  Beyond sanitizer errors it fails when
   a record is refused with other than one message, or read with an error
   message; see fuzz.h. */
#include "fuzz.h"
#include "jsonl.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  skg_doc doc;
  skg_doc_init(&doc, "fuzz.jsonl:1");
  fuzz_errors = fuzz_notices = 0;
  fuzz_last[0] = '\0';
  skg_status st = skg_jsonl_read_record(fuzz_ctx, (const char *)data, size, &doc);
  if ((st && fuzz_errors != 1) || (!st && fuzz_errors)) {
    fprintf(stderr, "fuzz: record %s after %zu error messages (the last '%s')\n",
            st ? "refused" : "read", fuzz_errors, fuzz_last);
    abort();
  }
  skg_doc_release(&doc);
  return 0;
}
