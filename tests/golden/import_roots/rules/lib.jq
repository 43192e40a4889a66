# std/... is the built-in library, never the local std/ folder beside this case
import "std/default"
