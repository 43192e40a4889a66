# CRLF line endings are accepted (and columns still count from the line start)
facts {
  n: number
}
standard s {
  rule r { require n > 1 }
  rule bad { require n > "x" }
}
