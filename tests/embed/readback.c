/* readback NAME: write the embedded text of the library file NAME (as grammar/embed.sh
   was given it) to stdout, byte for byte, for tests/embed.sh to compare with the file. */
#include "stdlib_embed.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    for (const struct jql_stdlib_file *f = jql_stdlib_files; f->path; f++)
        if (strcmp(f->name, argv[1]) == 0)
            return fputs(f->text, stdout) == EOF;
    fprintf(stderr, "readback: no embedded file '%s'\n", argv[1]);
    return 2;
}
