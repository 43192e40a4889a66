# a local copy that must never replace the built-in std/default
facts { local_copy: bool }
standard local_default "A local std/default" { rule r "R" { require local_copy } }
