"""The status a sentence gives a centre reference: announced, proposed or cancelled.

Cue words before the noun in its clause, then right after it, then the last event of the
clause; a future opening is a plan unless it is decided or dated, a negation undoes an
agreement, a condition ("once funding is approved") makes a plan, and one person's claim
("X said that ...") is a plan until the centre is reported running. :func:`_status` is
used by :mod:`geo._centre_rules`.
"""

from __future__ import annotations

import itertools
import re

from geo._centre_nouns import _DEAL, _Ref
from geo._role_view import (
    AT_WORK,
    KIND_WORD,
    NO_CUE,
    SentenceView,
    Status,
    words,
)
from geo.lexicon import ORG_WORDS

# Every pattern without a capital letter in it is matched against the lower-cased text
# (see lower_text): the same patterns compiled with re.I made this stage three times slower.

_PROPOSED_CUES = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|discussions?|talks?|propos(?:ed|es|ing|al|als)|"
    r"plan(?:s|ned|ning)?|consider(?:s|ed|ing)?|negotiat(?:e|es|ed|ing|ions?)|"
    # "may", not the month of "3 May", "May 2024" or "in May"
    r"expected|(?<!\d\s)(?<!\bin\s)(?<!\bby\s)(?<!since\s)(?<!until\s)(?<!\bof\s)(?<!last\s)"
    r"(?<!next\s)(?<!early\s)(?<!late\s)(?<!mid-)may(?!\s+\d)|might|could|"
    r"suggest(?:s|ed|ing)?|call(?:s|ed)? for|"
    # "praised Mozambique for offering to host the centre in Nacala": an offer, not a site
    r"offer(?:s|ed|ing)?\s+to|"
    r"urg(?:e|es|ed)|"
    # "asked them to start building 13 more posts": a request, not yet done
    r"ask(?:s|ed)?(?=\s+(?:\w+\s+){0,2}?to\s)|request(?:s|ed)?(?=\s+(?:\w+\s+){0,2}?to\s)|"
    # "to hasten the opening of the room": not open yet
    r"(?:hasten(?:s|ed|ing)?|expedit(?:e|es|ed|ing)|speed(?:s|ing)?\s+up|accelerat(?:e|es|ed|ing))"
    r"\s+(?:the\s+)?(?:opening|establishment|launch|creation|formation|setting\s+up)|"
    r"study(?:ing)?|explor(?:e|es|ed|ing)|seek(?:s|ing)?|want(?:s|ed)?|hope(?:s|d)?|"
    # "are now looking at a one stop facility at Beitbridge": weighing it
    r"(?:is|are|was|were|be)\s+(?:now\s+|also\s+|still\s+)?(?:looking\s+(?:at|into)|"
    r"weighing|mulling)|weighs|mulls|"
    r"in dispute|left to|"
    # "a meeting in order to ... bring others into service in X": what it is meant to do
    r"in\s+order\s+to|so\s+as\s+to|on\s+the\s+(?:agenda|table)|"
    # "have held a series of meetings to set up joint rooms": still being arranged
    r"(?:meetings?|met)\s+(?:(?:several|many|twice|three|four|times|again|repeatedly)\s+){0,2}"
    r"to\s+(?:set\s+up|establish|open|form|create)|"
    # "the post should be running by March", "is due to be completed", "the priority is to
    # open a base": not there yet
    r"should\s+be\s+(?:running|operational|open|ready|completed|finished|built|set\s+up|up)|"
    r"(?:due|expected|set)\s+to\s+be\s+(?:completed|finished|built|ready)|"
    # "One more ... is still to open", "has yet to be opened": not there yet
    r"(?:still|yet)\s+to\s+(?:be\s+)?(?:open(?:ed)?|built|completed|finished|set\s+up|"
    r"established|start(?:ed)?|begin|operat(?:e|ional))\b|"
    r"(?:priority|aim|goal|intention|plan|idea)\s+is\s+to|"
    # "left open where it would be based", "still to be settled": not decided
    r"(?:left|leaves?|leaving)\s+open|undecided|to\s+be\s+(?:settled|decided|determined)|"
    r"aim(?:s|ed)? to|intend(?:s|ed)? to|envisag(?:e|es|ed)|"
    # "came out against any attempt to create operation rooms in Kirkuk": not done
    r"(?:attempts?|bids?)\s+to\s+(?=create|set\s+up|open|establish|build|form)|"
    # "Kosovo, Montenegro and Albania prepare trilateral police centre in Plav", "take first
    # step towards one-stop border post at X", "inspects checkpoint ahead of joint control"
    r"prepar(?:e|es|ing)\b|steps?\s+towards|ahead\s+of|"
    r"under\s+way|underway|under\s+construction|being\s+built|"
    r"(?:nearly|almost)\s+(?:finished|complete|completed|done)|near(?:s|ing)\s+completion|"
    # "is about 45 per cent built": partly built, not open
    r"(?:per\s*cent|percent|%)\s+(?:built|complete|completed|done|finished|ready)|"
    r"(?:half|partly|partially)[\s-]built|"
    # building has begun, the centre is not there yet
    r"foundation\s+stone|ground-?breaking|broke\s+ground|"
    # "Construction has already begun on the ICPs at X", "with completion due by August"
    r"(?:construction|building\s+work|work)\s+(?:has\s+|had\s+)?(?:already\s+)?"
    r"(?:begun|began|begins|started|starts)\s+on|completion\s+(?:is\s+)?(?:due|expected|scheduled)|"
    # "Once established, the OSBP at X is expected to": a condition, not there yet
    r"once\s+(?:it\s+is\s+|they\s+are\s+)?(?:established|operational|built|completed|"
    r"set\s+up|in\s+place|up\s+and\s+running)|"
    # a plan worded around the opening verb: "are to be established", "still to be set
    # up", "supposed to be opened" (the verb after it is governed: see _GOVERNED_GAP)
    # ("are to be set up" is a future, see _status)
    r"(?:still|yet|supposed|meant)\s+to\s+be|"
    # "It was to be located in Lancones": a plan of the past, not carried out
    r"(?:was|were)\s+to\s+be\s+(?=located|built|set\s+up|sited|based|opened|established)|"
    # "the second phase includes opening joint centres in X": a later stage of a plan
    r"(?:second|next|third|later|final|future)\s+(?:phase|stage)|"
    # "working on a plan", "will work to open"; not "began work on Sunday"
    r"work(?:s|ing) (?:to|on|towards)|(?:will|to) work (?:to|on|towards))\b")

_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an)\s+$")

_ANNOUNCED_CUES = re.compile(
    r"\b(?:agree(?:d|s|ment)?|decided|decision|establish(?:ed|es|ing)?|set up|opened|opens|"
    r"open(?:ing)?|inaugurat(?:ed|es)|launch(?:ed|es)?|operating|operational|began|begun|"
    r"start(?:s|ed)?|begins?|setting up|sets up|creat(?:ed|e)|form(?:ed)?|provides? for|"
    r"approv(?:ed|es)|signed|announced|establishment|"
    # a headline's present: "NATO ministers approve new joint force commands in X and Y"
    r"(?<!\bto\s)(?<!will\s)(?<!would\s)(?<!could\s)(?<!may\s)approve\b|"
    # a headline's present: "Vanuatu and Australia sign long-term deal for X Centre"
    rf"(?<!\bto\s)(?<!will\s)signs?\s+(?:[\w-]+\s+){{0,2}}?(?:{_DEAL}|mou)|"
    # (not "the purpose-built facility": a word of its description)
    r"based|located|situated|(?<!purpose-)built|deployed|activated|preparations|set-up|"
    r"installed|will open|"
    # "the newly commissioned joint border post", "was handed over this week to the
    # agencies of the two countries": a finished facility
    r"completed|commissioned|(?:was|has\s+been)\s+handed\s+over|"
    r"run(?:s|ning)?|operat(?:e|es|ed)|reopen(?:ed|s)?|host(?:s|ed)?|staffed|manned|"
    # a centre described by its state: "is now in place", "are already open"
    r"in place|(?:already|now)\s+open|in operation|up and running|took up (?:its|their) duties|"
    rf"{AT_WORK}|"
    # "cut the ribbon on a new ... Command Post"
    r"cut(?:s|ting)?\s+the\s+ribbon|"
    # "an arrangement of the same kind has been in force at X" (not "the truce now in force")
    r"(?:has|have|had)\s+been\s+in\s+force|"
    r"(?:already|now)\s+(?:working|running|functioning)|"
    # a running centre described by what it does or what happens there
    r"unveiled|continu(?:es|ed) to|keeps|kept|oversee|oversees|oversaw|toured|visit(?:s|ed)?|"
    # (not "due to start working at the end of 2024": a time)
    r"brings together|working\s+at(?!\s+the\s+(?:end|beginning|start|turn)\b)|"
    # "a UN base in Kidal came under mortar fire": a base that is there to be attacked
    r"came\s+under\s+(?:\w+\s+){0,2}?(?:fire|attack)|"
    r"(?:was|were)\s+(?:attacked|shelled|targeted)|"
    # "carried out 300 patrols from its hubs in X": bases in use
    r"patrols(?:\s+\w+){0,3}?\s+from)\b")

# A negation before an agreement word undoes it: "has not agreed to open", "rejected".
_NEGATION = re.compile(r"\b(?:not|no(?!\s+(?:fewer|less|more)\s+than)|never|n't|refus(?:ed|es)|"
                       r"reject(?:ed|s)|den(?:ied|ies)|without)\b")

_CANCEL_WORDS = (r"cancel(?:l?ed|s)?|postponed?|suspend(?:ed|s)?|scrapped|called off|shelved|"
                 # (not "met behind closed doors")
                 r"delayed|halted|frozen|abandoned|closed(?!\s+doors)|dissolved|disbanded|"
                 r"shut down|"
                 r"dismantled|pushed back|put off|on hold|deferred|"
                 # the end of a centre that ran: "winds up its work", "ceased its activity"
                 r"(?:wound|winds?|winding)\s+up|ceased|brought\s+(?:its|their)\s+work\s+to\s+"
                 r"an\s+end|ended\s+(?:its|their)\s+(?:work|mission|activit(?:y|ies))")

_CANCELLED_CUES = re.compile(rf"\b(?:{_CANCEL_WORDS})\b")

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_MONTH = "(?:" + "|".join(_MONTH_NAMES) + ")"

_CALENDAR_WORDS = frozenset(
    [*_MONTH_NAMES, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "spring", "summer", "autumn", "winter"])

_FRONTED = re.compile(r"^\s*(?:located|based|housed|sited|headquartered|set\s+up)\s+"
                      r"(?:in|at|near)\s+(?:the\s+)?")

_CLAIM_RE = re.compile(
    r"(?P<who>[A-Z][\w'’-]+)\s+(?:(?:recently|previously|earlier|also|once|has|had|"
    r"reportedly)\s+)*(?:said|claimed|stated|asserted|insisted)\s+that\b")

# A cancellation right after a centre's places is its clause's verb: "Plans to open a joint
# centre in Mosul were shelved", "the centre in Duhok has since been postponed", "a joint
# centre in Zakho was rejected by parliament" (the plan is off, not merely not agreed).
_CANCELLED_RIGHT_AFTER = re.compile(
    rf"\s+(?:{KIND_WORD}\s+)?(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+|being\s+)?)?"
    rf"(?:(?:also|later|then|now|since|indefinitely|effectively)\s+)?"
    rf"(?:{_CANCEL_WORDS}|rejected|vetoed|turned down|voted down)\b")

# A centre yet to come: "The remaining rooms will be in X", "others would follow in Y"
# (not "the first centre ... will screen arrivals": what an open one will do).
_FUTURE = re.compile(r"\b(?:remaining|rest of the|yet to)\b|"
                     r"\b(?:will|would|shall)\s+(?:also\s+)?(?:be|follow|come)\b|"
                     r"\b(?:is|are)\s+to\s+be\b")

_PUNCTUATION = re.compile(r"[,.;]")

# Another clause with its own subject: "visits the X centre as both armies plan ..."
_SUBORDINATE = re.compile(r"\s(?:as|while|because|although|though|whereas|amid)\s")

# "will be opened", "to open", "will be set up and based": the auxiliary of a cue
# (a modal "should be opened" is a plan like "will be opened")
_AUX_BEFORE = re.compile(r"\b(?:will|would|shall|should|could|might|may|must|to)\s+(?:be\s+)?"
                         r"(?:[a-z]+(?:\s+up)?\s+and\s+)?$")

# "will be opened after the committee meets", "by the end of the year, if the sites are
# agreed": an opening that waits on a condition is still a plan
_CONDITION_BEFORE = re.compile(r"\b(?:after\s+that|only\s+after|once|as\s+soon\s+as|"
                               r"as\s+soon\s+as\s+possible\s+after)\b")
_CONDITION_AFTER = re.compile(r"\b(?:(?:after|when|as soon as)\s+"
                              r"(?:the|a|an|both|its|their|all|some|this|that|[a-z]+s)\b|"
                              # "once funding is approved", "if talks succeed"
                              # (not "where Boko Haram once had its headquarters": the
                              # adverb before a past verb)
                              r"(?:once(?!\s+(?:had|was|were|held|stood|housed|hosted|"
                              r"served|used)\b)|if|unless|provided)\s+[a-z]+)")

# A future opening is a plan unless it is decided or scheduled: "will be set up in X" is
# proposed; "agreed that ... will be set up", "will open in X on Sunday" are announced
_DECIDED = re.compile(r"\b(?:agree(?:d|s|ment)|decid(?:ed|es)|decision|announc(?:ed|es|ement)|"
                      r"approv(?:ed|es|al)|signed|confirm(?:ed|s)|ordered|"
                      # "Under the deal, ... a centre will be set up in Baghdad"
                      r"under\s+(?:the|this|that)\s+(?:new\s+)?(?:deal|pact|accord|protocol|"
                      r"memorandum|arrangement))\b")
_SCHEDULED = re.compile(r"\b(?:on|from|next|this|by)\s+(?:the\s+)?"
                        r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                        rf"{_MONTH}\b|\w+day\b|\d{{1,2}}(?:st|nd|rd|th)?\b)"
                        # "will open at Lebombo ... in May 2000": a month is a date
                        rf"|\bin\s+(?:early\s+|mid-|late\s+)?{_MONTH}\b"
                        r"|\b(?:tomorrow|today|tonight|next\s+(?:week|month)|"
                        r"(?:with)?in\s+(?:days|the\s+coming\s+(?:days|week)))\b")

# The verbs of a centre coming to be (a future one is a plan); "will oversee the truce"
# says what a centre agreed on will do
_OPENING = re.compile(r"\b(?:open|set\s+up|establish|buil[dt]|creat|launch|form|install|"
                      r"activat|inaugurat|locat|based?\b|start|begin|be\s+in\b|operat|run|"
                      r"host|work|complet)")

# "agreed to open": the infinitive of a verb before it, whose own cue decides
# ("is to be set up", "due to be set up" are futures)
_INFINITIVE = re.compile(r"to\s+(?!be\b)")

_GOVERNED_GAP = 12  # characters between "expected"/"plans" and the verb it governs


# "a hub that opened in Kabul", "the centre, which was set up in 2019,": a relative clause
# of the centre's own opening, in the past
_OWN_RELATIVE_EVENT = re.compile(
    r",?\s+(?:that|which)\s+(?:(?:has|had)\s+been\s+|was\s+|were\s+|have\s+|has\s+)?"
    r"(?:opened|inaugurated|launched|established|set\s+up|started\s+work|began\s+work|"
    r"(?:has\s+)?operated|commissioned)\b")


_ATTACKED_BEFORE = re.compile(
    r"\b(?:(?:bombing|attack|assault|raid|shelling|strike|strikes|arson\s+attack|"
    r"rocket\s+attack|mortar\s+attack)\s+(?:on|of|against)|"
    r"(?<!to\s)(?<!could\s)(?<!would\s)(?<!may\s)(?<!might\s)(?<!will\s)"
    r"(?:hit|struck|stormed|attacked|shelled|bombed|torched|burned|looted|overran|"
    r"set\s+fire\s+to))\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}$")


def _status(view: SentenceView, ref: _Ref, agreed_before: bool = False) -> tuple[str, str]:
    """The status a clause gives a centre reference (see _clause_status), with a future
    opening's auxiliary kept in the cue ("will be opened") and a future opening that waits
    on a condition made a plan ("will be opened after the committee meets"). A future
    opening is a plan unless the sentence reports it decided, gives its date, or refers
    back to a centre already agreed (``agreed_before``: "The centre will be based near
    X")."""
    attacked = None if ref.needs_cue else \
        _ATTACKED_BEFORE.search(view.lower, max(0, ref.start - 60), ref.start)
    if attacked is not None:  # (a one-sided border post attacked is only a scene)
        # "The deadly bombing of the joint base in Gao ... could derail the talks": a
        # centre attacked is one that is there, whatever the clause's modal is about
        return Status.ANNOUNCED, words(view.text, attacked)
    own = _OWN_RELATIVE_EVENT.match(view.lower, ref.end)
    if own is not None:
        # "an intelligence-sharing hub that opened in Kabul in January", after "they hold
        # talks": the centre's own relative clause says it runs
        return Status.ANNOUNCED, words(view.text, own).lstrip(", ")
    status, cue = _clause_status(view, ref)
    fronted = _FRONTED.match(view.lower)
    if fronted is not None and fronted.end() <= ref.start and cue == \
            view.text[:fronted.end()].split()[0]:
        # "Based in Erbil, the centre opened on Monday": the participle places the
        # centre; what happened to it comes after
        status, cue = _last_event(view, (ref.end, view.clause_of(ref.end)[1])) \
            or (status, cue)
    if status != Status.ANNOUNCED:
        return status, cue
    at = view.lower.find(cue.lower(), ref.start) if cue != NO_CUE else -1
    if at < 0:
        at = view.lower.find(cue.lower())
    aux_start = at if cue.lower().startswith("will ") else None  # the cue "will open"
    if aux_start is None and at > 0 \
            and (aux := _AUX_BEFORE.search(view.lower, max(0, at - 32), at)):
        aux_start = aux.start()
    if aux_start is not None:
        cue = view.text[aux_start:at + len(cue)].strip()
        start, end = view.clause_of(at)
        if (condition := _CONDITION_AFTER.search(view.lower, at, end)) is not None:
            return Status.PROPOSED, f"{cue} ... {words(view.text, condition)}"
        # "... will meet over the centre, and after that the centre will be opened"
        if (condition := _CONDITION_BEFORE.search(view.lower, start, aux_start)) is not None:
            return Status.PROPOSED, f"{words(view.text, condition)} ... {cue}"
        # "are going to open", "are due to open": a future, like "will open"
        infinitive = _INFINITIVE.match(view.lower, aux_start) is not None \
            and not view.lower.endswith(("going ", "due "), 0, aux_start)
        if not agreed_before and not infinitive \
                and _OPENING.search(cue.lower()) \
                and not _DECIDED.search(view.lower) \
                and not _SCHEDULED.search(view.lower, at, end):
            return Status.PROPOSED, cue  # "will be set up in X": not decided, no date
    return status, cue


def _clause_status(view: SentenceView, ref: _Ref) -> tuple[str, str]:
    """The status a clause gives a centre reference, and the cue words.

    Looked for before the noun (in its clause), then right after it up to the first place
    or comma ("centres are planned, in X"), then, for a centre that is the subject of
    its clause ("the joint centre in Erbil was closed ... and reopened"), in the rest of
    the clause, where the last event counts.
    """
    lower = view.lower
    clause_start = max((end for _, end in view.clause_breaks if end <= ref.start), default=0)
    next_place = next((sp[0] for sp in view.spans if sp[0] >= ref.end), len(lower))
    punctuation = _PUNCTUATION.search(lower, ref.end, next_place) \
        or _SUBORDINATE.search(lower, ref.end, next_place)
    stop = punctuation.start() if punctuation else next_place
    found = _cue_in(view, (clause_start, ref.start), (ref.end, stop))
    rest = (stop, next((start for start, _ in view.clause_breaks if start >= stop), len(lower)))
    subordinate = _SUBORDINATE.search(lower, *rest)
    if subordinate and _last_event(view, (rest[0], subordinate.start())) is not None:
        # "are due to open over the next months as the mission works up to full
        # operational capability": the centre's verb comes before the other clause
        rest = (rest[0], subordinate.start())
    if found is not None and found[0] != Status.CANCELLED:
        # the centre is its clause's subject (no cue before it): "a joint room was
        # established in Kirkuk last year but was later dissolved" ends cancelled (up to
        # the next comma: not "opened in Erbil, replacing the one that was closed in ...")
        comma = _PUNCTUATION.search(lower, stop, rest[1])
        region = (stop, comma.start() if comma else rest[1])
        if _CANCELLED_CUES.search(lower, *region) \
                and _cue_in(view, (clause_start, ref.start), (stop, stop)) is None:
            later = _last_event(view, region)
            if later is not None and later[0] == Status.CANCELLED:
                return later
    if found is not None:
        return found
    return (_last_event(view, rest) or _after_aside(view, ref.end)
            or _run_inside(view, ref) or (Status.PROPOSED, NO_CUE))


# "the jointly run security checkpoint", "a jointly manned post": a participle between
# the qualifier and the noun says the centre is at work
_RUN_INSIDE = re.compile(r"\bjointly[\s-]+(?:run|operated|manned|staffed|managed|controlled|"
                         r"administered|held)\b")


def _run_inside(view: SentenceView, ref: _Ref) -> tuple[str, str] | None:
    inside = _RUN_INSIDE.search(view.lower, ref.start, ref.end)
    return (Status.ANNOUNCED, words(view.text, inside)) if inside else None


_ASIDE_CLOSE = {"—": "—", "–": "–", "(": ")"}


def _after_aside(view: SentenceView, start: int) -> tuple[str, str] | None:
    """The status of the clause that resumes after an aside opened at ``start``: "four
    joint rooms — in A, B and C — were set up by ..." (the aside says where; the
    sentence's verb comes after it)."""
    start += len(view.lower[start:]) - len(view.lower[start:].lstrip())
    close = _ASIDE_CLOSE.get(view.lower[start:start + 1])
    end = view.lower.find(close, start + 1) if close else -1
    if end < 0:
        return None
    resume = end + 1
    stop = next((a for a, _ in view.clause_breaks if a > resume), len(view.lower))
    return _last_event(view, (resume, stop))


def _last_event(view: SentenceView, region: tuple[int, int]) -> tuple[str, str] | None:
    """The status of the last cue word in ``region`` of the sentence, and its words."""
    lower = view.lower
    events = sorted([*_CANCELLED_CUES.finditer(lower, *region),
                     *_ANNOUNCED_CUES.finditer(lower, *region),
                     *_PROPOSED_CUES.finditer(lower, *region)], key=lambda m: m.start())
    # "is expected to open": a proposal word governs the verb right after it
    # ... and the verbs chained to it ("could begin operating": not yet operating)
    governed: set[int] = set()
    for a, b in itertools.pairwise(events):
        if (a.re is _PROPOSED_CUES or a.start() in governed) \
                and b.start() - a.end() <= _GOVERNED_GAP:
            governed.add(b.start())
    events = [m for m in events if m.start() not in governed]
    if not events:
        return None
    last = events[-1]
    status = (Status.CANCELLED if last.re is _CANCELLED_CUES else
              Status.PROPOSED if last.re is _PROPOSED_CUES else Status.ANNOUNCED)
    decided = next((m for m in events[:-1] if _DECIDED.fullmatch(m.group())), None)
    if status == Status.PROPOSED and decided is not None:
        # "were approved earlier this year and are meant to be up and running by July":
        # decided; the plan is when it will run
        return Status.ANNOUNCED, words(view.text, decided)
    since = events[-2].end() if len(events) > 1 else region[0]
    negation = _NEGATION.search(lower, since, last.start())
    if status == Status.ANNOUNCED and negation:  # "has not yet been agreed"
        return Status.PROPOSED, view.text[negation.start():last.end()]
    return status, words(view.text, last)


def _cue_in(view: SentenceView, before: tuple[int, int], after: tuple[int, int]
            ) -> tuple[str, str] | None:
    """The status given by cue words in two (start, end) ranges of the sentence."""
    lower, text = view.lower, view.text
    for region in (before, after):
        cancelled = _CANCELLED_CUES.search(lower, *region)
        if cancelled:
            return Status.CANCELLED, words(text, cancelled)
    proposed = _PROPOSED_CUES.search(lower, *before) or next(
        (m for m in _PROPOSED_CUES.finditer(lower, *after)
         # "a centre that will coordinate a planned safe zone": another noun's plan
         if not _ATTRIBUTIVE_BEFORE.search(lower, max(0, m.start() - 6), m.start())), None)
    if proposed:
        return Status.PROPOSED, words(text, proposed)
    announced_before = list(_ANNOUNCED_CUES.finditer(lower, *before))
    if announced_before:
        cue = announced_before[-1]
        negation = _NEGATION.search(lower, before[0], cue.start())
        if negation:
            return Status.PROPOSED, text[negation.start():cue.end()].strip()
        return Status.ANNOUNCED, words(text, cue)
    announced_after = _ANNOUNCED_CUES.search(lower, *after)
    if announced_after:
        negation = (_NEGATION.search(lower, *before)
                    or _NEGATION.search(lower, after[0], announced_after.start()))
        if negation:  # "denied reports that a joint base would be built"
            return (Status.PROPOSED,
                    f"{words(text, negation)} ... {words(text, announced_after)}")
        return Status.ANNOUNCED, words(text, announced_after)
    return None


def _reopened(view: SentenceView, start: int) -> bool:
    """An announcement later in the clause: "was closed in 2017 and reopened on Monday"."""
    end = next((b for b, _ in view.clause_breaks if b >= start), len(view.lower))
    return _ANNOUNCED_CUES.search(view.lower, start, end) is not None


def _claim(view: SentenceView) -> str | None:
    """"<Name> recently said that ...": one person's claim, not a reported decision."""
    if " that" not in view.lower:
        return None
    for m in _CLAIM_RE.finditer(view.text):
        who = m.group("who")
        in_place = any(a <= m.start("who") < b for a, b, _ in view.spans)
        if not in_place and who.lower() not in ORG_WORDS:
            return m.group()
    return None
