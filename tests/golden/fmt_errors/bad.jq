standard s {
  rule r {
    require x >
  }
}
