facts { ok: bool "Whether it is ok" }
