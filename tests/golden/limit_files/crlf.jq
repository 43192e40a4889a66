# CRLF line endings are accepted
facts {
  n: number
}
standard s {
  rule r { require n > 1 }
}
