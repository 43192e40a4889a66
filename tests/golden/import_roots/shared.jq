# beside the rules folder: readable only when -I allows it
facts { ok: bool }
