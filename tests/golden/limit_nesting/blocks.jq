# The rules for deep.facts: the shared vocabulary and a standard (rules need one).
import "voc.jq"
standard s {
  rule r { require n > 0 }
}
