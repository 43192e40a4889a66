facts { ok: bool  name: text }
standard s "S" { rule r "R" { require ok } }
