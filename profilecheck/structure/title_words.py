"""Words that make a phrase a job title or an employer's name, shared by the section finder and the work-history reader."""
from __future__ import annotations

import re

from ..lexicon import cue_pattern

# A title word, not a piece of a web or mail address ("www.consultant.ru", "lead@contoso.com").
TITLE_WORDS = re.compile(
    r"(?<![.@])\b(?:manager|coordinator|analyst|director|lead|leader|specialist|engineer|master|owner|officer|"
    r"consultant|head|vp|vice president|president|administrator|developer|intern|architect|associate|"
    r"technician|supervisor|pmo|cio|cto|chief|scrummaster|programmer|support|advisor|adviser|trainee|assistant|"
    r"principal|executive|partner|founder|representative|agent|pm|tpm|"
    # jobs outside IT that career changers list: a title all the same
    r"instructor|teacher|trainer|coach|tutor|professor|lecturer|writer|editor|designer|sergeant|nurse|accountant|"
    r"clerk|receptionist|counselor|counsellor|realtor|researcher|scientist|planner|scheduler|estimator|"
    r"inspector|auditor|attorney|paralegal|therapist|secretary|librarian|strategist|recruiter|"
    # students' part-time jobs, earlier trades and service: lexicons/cue_words.toml
    rf"{cue_pattern('everyday-job-titles')})\b(?![.@]\w)",
    re.IGNORECASE,
)

# Words that make a phrase an organisation's name.
ORG_WORDS = re.compile(
    r"\b(?:inc|ltd|llc|llp|plc|corp|corporation|company|gmbh|ag|bank|group|university|hospital|health|"
    r"systems|solutions|technologies|software|consulting|partners|labs?|services|insurance|retail|agency)\b",
    re.IGNORECASE,
)
