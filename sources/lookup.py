"""Looking up a source by its DOI or PubMed ID, so a doctor need not copy authors, title and journal by hand.

A DOI is read from Crossref (`/works/{doi}`), a PubMed ID from NCBI's E-utilities (`esummary`), and each finds
the other where it exists: Crossref's record has no PubMed ID, so PubMed is searched for the DOI; PubMed's
summary lists the DOI among its article IDs.

The client is plain `requests` (already installed with Wagtail): two GET requests with a timeout are all it
takes. habanero would add a package for one call to Crossref and none to PubMed; metapub brings its own cache
and XML stack. Every failure becomes a SourceLookupError with a Dutch message the form shows as it is, and the
doctor can still fill in the fields by hand.
"""

import html
import re
import threading
import time
from urllib.parse import quote, urlsplit

import requests
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

DOI = re.compile(r"^10\.\d{4,9}/\S+$")
PMID = re.compile(r"^[1-9]\d{0,11}$")
DOI_HOSTS = {"doi.org", "dx.doi.org", "www.doi.org"}
PUBMED_HOSTS = {"pubmed.ncbi.nlm.nih.gov", "www.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov"}
# Vancouver style, as the site's reference lists: six authors, then 'et al.'
MAX_AUTHORS = 6
# The Reference model's field lengths: a longer value from a service is cut rather than refused.
MAX_LENGTHS = {"authors": 500, "title": 500, "journal": 200, "volume": 20, "issue": 20, "pages": 40, "doi": 200}


class SourceLookupError(Exception):
    """Why a source could not be looked up, in words for the doctor."""


class ServiceUnavailable(SourceLookupError):
    """The service did not answer, or not now (a timeout, no connection, too many requests, a server error):
    asking it about the next source would fare no better."""


def parse_identifier(text):
    """('doi', '10.1111/sms.12313') or ('pmid', '25145882') from what a doctor pastes: a bare identifier, 'doi:…',
    'PMID: …', or a doi.org or PubMed link."""
    text = " ".join((text or "").split())
    if not text:
        raise SourceLookupError(_("Vul een DOI of een PubMed-ID in."))
    if len(text) > 300:
        raise SourceLookupError(_("Dit is te lang voor een DOI of PubMed-ID."))
    if text.lower().startswith(("doi.org/", "dx.doi.org/", "pubmed.ncbi.nlm.nih.gov/")):
        text = "https://" + text
    if text.lower().startswith(("http://", "https://")):
        address = urlsplit(text)
        host = (address.hostname or "").lower()
        if host in DOI_HOSTS:
            text = address.path.lstrip("/")
        elif host in PUBMED_HOSTS:
            numbers = re.findall(r"\d+", address.path)
            text = numbers[-1] if numbers else ""
        else:
            raise SourceLookupError(_("Deze link is geen DOI- of PubMed-link. Plak de DOI of het PubMed-ID zelf."))
    text = re.sub(r"^(doi:|pmid:)\s*", "", text, flags=re.IGNORECASE).strip()
    if DOI.match(text):
        return "doi", text
    if PMID.match(text):
        return "pmid", text
    if text[:1].isdigit() and not text.startswith("10."):
        raise SourceLookupError(_("Een PubMed-ID bestaat alleen uit cijfers."))
    raise SourceLookupError(_("Dit is geen DOI of PubMed-ID. Een DOI begint met 10., zoals 10.1111/sms.12313."))


def clean_text(value, limit=None):
    """A returned title or name as plain text: no markup (Crossref titles may hold <i> or MathML), one line."""
    text = " ".join(html.unescape(strip_tags(str(value or ""))).split())
    return text[:limit] if limit else text


class Throttle:
    """At most `per_second` requests a second to one service from this process (NCBI's rule)."""

    def __init__(self, sleep=time.sleep, clock=time.monotonic):
        self.sleep, self.clock = sleep, clock
        self.last = None
        self.lock = threading.Lock()

    def wait(self, per_second):
        with self.lock:
            now = self.clock()
            if self.last is not None:
                gap = 1 / per_second - (now - self.last)
                if gap > 0:
                    self.sleep(gap)
                    now += gap
            self.last = now


NCBI_THROTTLE = Throttle()


class SourceLookup:
    # How to wait for a Retry-After; the tests put a recorder here instead of waiting.
    sleep = staticmethod(time.sleep)

    def __init__(self, session=None, ncbi_throttle=None):
        self.session = session or requests.Session()
        self.ncbi_throttle = ncbi_throttle or NCBI_THROTTLE

    # The services

    def get_json(self, url, params, service):
        """One GET with a timeout; a 429 is tried once more after its Retry-After, if that is short enough."""
        for attempt in (1, 2):
            try:
                response = self.session.get(
                    url, params=params, timeout=settings.SOURCE_LOOKUP_TIMEOUT, headers={"Accept": "application/json"}
                )
            except requests.Timeout:
                raise ServiceUnavailable(
                    _("%(service)s antwoordt niet op tijd. Probeer het later opnieuw, of vul de gegevens zelf in.")
                    % {"service": service}
                ) from None
            except requests.RequestException:
                raise ServiceUnavailable(
                    _("%(service)s is nu niet te bereiken. Probeer het later opnieuw, of vul de gegevens zelf in.")
                    % {"service": service}
                ) from None
            if response.status_code == 429 and attempt == 1:
                wait = retry_after(response)
                if wait is not None and wait <= settings.SOURCE_LOOKUP_MAX_WAIT:
                    self.sleep(wait)
                    continue
            break
        if response.status_code == 404:
            return None
        if response.status_code == 429:
            raise ServiceUnavailable(
                _("%(service)s krijgt nu te veel vragen. Probeer het over een minuut opnieuw.") % {"service": service}
            )
        if response.status_code >= 500:
            raise ServiceUnavailable(
                _("%(service)s gaf een fout (%(status)s). Probeer het later opnieuw, of vul de gegevens zelf in.")
                % {"service": service, "status": response.status_code}
            )
        if response.status_code != 200:
            raise SourceLookupError(
                _("%(service)s gaf een fout (%(status)s). Probeer het later opnieuw, of vul de gegevens zelf in.")
                % {"service": service, "status": response.status_code}
            )
        try:
            return response.json()
        except ValueError:
            raise SourceLookupError(
                _("Het antwoord van %(service)s was onleesbaar. Vul de gegevens zelf in.") % {"service": service}
            ) from None

    def crossref(self, doi):
        params = {"mailto": settings.CROSSREF_MAILTO} if settings.CROSSREF_MAILTO else {}
        data = self.get_json(f"{settings.CROSSREF_API_URL}/works/{quote(doi, safe='/')}", params, "Crossref")
        work = data.get("message") if isinstance(data, dict) else None
        return work if isinstance(work, dict) else None

    def eutils(self, tool, **params):
        params = {**params, "retmode": "json", "tool": settings.NCBI_TOOL}
        if settings.NCBI_EMAIL:
            params["email"] = settings.NCBI_EMAIL
        if settings.NCBI_API_KEY:
            params["api_key"] = settings.NCBI_API_KEY
        self.ncbi_throttle.wait(10 if settings.NCBI_API_KEY else 3)
        data = self.get_json(f"{settings.NCBI_EUTILS_URL}/{tool}.fcgi", params, "PubMed")
        return data if isinstance(data, dict) else {}

    def pubmed_summary(self, pmid):
        result = self.eutils("esummary", db="pubmed", id=pmid).get("result") or {}
        summary = result.get(pmid) if isinstance(result, dict) else None
        if not isinstance(summary, dict) or "error" in summary:
            return None
        return summary

    def pmid_for_doi(self, doi):
        found = (self.eutils("esearch", db="pubmed", term=f"{doi}[doi]").get("esearchresult") or {}).get("idlist")
        return found[0] if isinstance(found, list) and len(found) == 1 and PMID.match(str(found[0])) else ""

    # What a doctor asks for

    def look_up(self, text):
        """The fields of a Reference for a DOI or PubMed ID, from the service that knows it best."""
        kind, identifier = parse_identifier(text)
        if kind == "doi":
            work = self.crossref(identifier)
            if work is None:
                raise SourceLookupError(_("Crossref kent geen publicatie met de DOI %(doi)s.") % {"doi": identifier})
            fields = from_crossref(work, identifier)
            try:
                fields["pmid"] = self.pmid_for_doi(fields["doi"])
            except SourceLookupError:
                fields["pmid"] = ""  # The DOI's own record is enough; the PubMed ID can be added later.
        else:
            summary = self.pubmed_summary(identifier)
            if summary is None:
                raise SourceLookupError(_("PubMed kent geen publicatie met het ID %(pmid)s.") % {"pmid": identifier})
            fields = from_pubmed(summary, identifier)
        if not fields["title"] or not fields["authors"] or not fields["year"]:
            raise SourceLookupError(
                _("De gevonden gegevens zijn onvolledig (titel, auteurs of jaar ontbreekt). Vul ze zelf aan.")
            )
        return fields


def retry_after(response):
    try:
        return max(0.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return None


def vancouver_authors(names):
    names = [name for name in names if name]
    shown = ", ".join(names[:MAX_AUTHORS])
    return f"{shown}, et al." if len(names) > MAX_AUTHORS else shown


def initials(given):
    return "".join(part[0].upper() for part in re.split(r"[\s.-]+", given or "") if part)


def first(value):
    if isinstance(value, list):
        return value[0] if value else ""
    return value or ""


def year_of(work):
    for key in ("published-print", "published-online", "issued", "published"):
        parts = (work.get(key) or {}).get("date-parts") or [[None]]
        year = parts[0][0] if parts and parts[0] else None
        if isinstance(year, int) and 1000 < year < 3000:
            return year
    return None


def limited(fields):
    return {
        name: clean_text(value, MAX_LENGTHS.get(name)) if isinstance(value, str) else value
        for name, value in fields.items()
    }


def from_crossref(work, doi):
    authors = []
    for person in work.get("author") or []:
        if not isinstance(person, dict):
            continue
        family = clean_text(person.get("family") or person.get("name"))
        authors.append(f"{family} {initials(clean_text(person.get('given')))}".strip())
    return limited(
        {
            "authors": vancouver_authors(authors),
            "title": first(work.get("title")),
            "journal": first(work.get("short-container-title")) or first(work.get("container-title")),
            "year": year_of(work),
            "volume": work.get("volume") or "",
            "issue": work.get("issue") or "",
            "pages": work.get("page") or "",
            "doi": work.get("DOI") if DOI.match(work.get("DOI") or "") else doi,
        }
    )


def from_pubmed(summary, pmid):
    authors = [clean_text(author.get("name")) for author in summary.get("authors") or [] if isinstance(author, dict)]
    doi = ""
    for article_id in summary.get("articleids") or []:
        if not isinstance(article_id, dict):
            continue
        if article_id.get("idtype") == "doi" and DOI.match(str(article_id.get("value", ""))):
            doi = article_id["value"]
    year = re.match(r"^\s*(\d{4})", str(summary.get("pubdate") or summary.get("sortpubdate") or ""))
    return limited(
        {
            "authors": vancouver_authors(authors),
            # PubMed ends a title with a full stop; the site's reference lists add their own punctuation.
            "title": clean_text(summary.get("title")).rstrip("."),
            "journal": summary.get("source") or summary.get("fulljournalname") or "",
            "year": int(year.group(1)) if year else None,
            "volume": summary.get("volume") or "",
            "issue": summary.get("issue") or "",
            "pages": summary.get("pages") or "",
            "doi": doi,
            "pmid": pmid,
        }
    )
