/* fuzz_text.c - libFuzzer harness for the text path: the bytes as one
   report through reader, text, mentions, extractors, resolver, graph and
   serializer (a syntax picked by the input's length), the output parsed back
   by serd.  Built and run by tests/fuzz/run.sh; see fuzz.h for what it checks. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  fuzz_one_report("fuzz.txt", (const char *)data, size, size);
  return 0;
}
