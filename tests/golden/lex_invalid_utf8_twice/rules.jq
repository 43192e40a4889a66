facts {
  n: number
}
# two stray Latin-1 bytes: the first is reported for the file, the second where it stands
standard s { rule r { require n > 1 é } rule q { require n < 2 è } }
