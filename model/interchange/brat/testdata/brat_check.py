"""Read a .ann/.txt pair with brat's own parser and verifier (brat's server/src,
given as the first argument) and print what it found, as one line:
failed N textbounds N relations N issues [...]. Used by TestBratsOwnParserReadsOurExport."""
import codecs
import sys
import types

src, base, confdir = sys.argv[1:4]
sys.path[:0] = [src, src + "/../lib"]
config = types.ModuleType("config")  # brat's server config, not needed to parse
config.DEBUG = False
sys.modules["config"] = config
import annotation  # noqa: E402

# brat opens files with mode "rU", which Python 3.11 removed.
annotation.open_textfile = lambda fn, mode="r": codecs.open(fn, mode.replace("U", ""), encoding="utf8", errors="strict")
from projectconfig import ProjectConfiguration  # noqa: E402
from verify_annotations import verify_annotation  # noqa: E402

with annotation.TextAnnotations(base, read_only=True) as ann:
    failed = len(ann.failed_lines)
    issues = [] if failed else [str(i) for i in verify_annotation(ann, ProjectConfiguration(confdir))]
    print("failed", failed, "textbounds", len(list(ann.get_textbounds())),
          "relations", len(list(ann.get_relations())), "issues", issues)
