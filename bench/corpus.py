"""Benchmark corpus generator (not part of the app): a deterministic mix of case documents.

About 60 % plain-text files in English, Russian and Kazakh (UTF-8, with some
Windows-1251 and UTF-16 Russian, some Markdown, some with form-feed page
breaks) and about 40 % multi-page PDFs (1-12 pages, English or transliterated
text, since the test PDF writer only has WinAnsi Helvetica). Sentences are
varied from templates with names ("Yerlan Seitkali" / "Ерлан Сейткали"),
places, dates and legal citations ("Article 174(2) of the Criminal Code").
Every file is unique, so an import sees no duplicates.

    python -m bench.corpus OUT_DIR --docs 2000 --seed 7
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.pdfgen import make_pdf

DEFAULT_DOCS = 2000
DEFAULT_SEED = 20260123
PDF_SHARE = 0.4
MAX_PDF_PAGES = 12
FILES_PER_FOLDER = 250

# (Latin, Cyrillic, grammatical gender) of fictional people.
NAMES: tuple[tuple[str, str, str], ...] = (
    ("Yerlan Seitkali", "Ерлан Сейткали", "m"),
    ("Aigerim Nurlanova", "Айгерим Нурланова", "f"),
    ("Dauren Abenov", "Даурен Абенов", "m"),
    ("Madina Sultanbekova", "Мадина Султанбекова", "f"),
    ("Nurlan Zhaksylykov", "Нурлан Жаксылыков", "m"),
    ("Gulnara Tokhtarova", "Гульнара Тохтарова", "f"),
    ("Asel Kenzhebayeva", "Асель Кенжебаева", "f"),
    ("Bakhyt Omarov", "Бахыт Омаров", "m"),
    ("Saule Ismailova", "Сауле Исмаилова", "f"),
    ("Timur Akhmetov", "Тимур Ахметов", "m"),
    ("Zhanar Mukhamedzhanova", "Жанар Мухамеджанова", "f"),
    ("Dinara Abdrakhmanova", "Динара Абдрахманова", "f"),
    ("Arman Kassymov", "Арман Касымов", "m"),
    ("Raushan Beisenova", "Раушан Бейсенова", "f"),
)
CITIES: tuple[tuple[str, str, str], ...] = (  # English, Russian (locative), Kazakh
    ("Taldykorgan", "Талдыкоргане", "Талдықорған"),
    ("Almaty", "Алматы", "Алматы"),
    ("Astana", "Астане", "Астана"),
    ("Shymkent", "Шымкенте", "Шымкент"),
    ("Zharkent", "Жаркенте", "Жаркент"),
    ("Oskemen", "Усть-Каменогорске", "Өскемен"),
)
ARTICLES = ("174(2)", "174(1)", "405(2)", "256(1)", "272(3)", "380(1)", "400(2)", "419(1)")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_RU = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
MONTHS_KK = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)

EN_SENTENCES = (
    "{name} was detained in {city} on {date_en} after a peaceful gathering.",
    "The charges rely on Article {art} of the Criminal Code of Kazakhstan.",
    "Under Article {art} of the Criminal Code the defence asked for release on bail.",
    "Counsel {name2} was refused access to the client for {n} days.",
    "The hearing before the {city} court was adjourned until {date_en}.",
    "Witness {name2} told the investigator that no violence took place.",
    "Relatives of {name} expressed serious concern about the detainee's health.",
    "An urgent appeal was sent to the UN Special Rapporteur on {date_en}.",
    "The detention order was appealed to the regional court within {n} days.",
    "{name} did not plead guilty and described the case as retaliation.",
    "The medical certificate dated {date_en} records a worsening heart condition.",
    "The interrogation in the pre-trial detention centre took place without a lawyer.",
    "Article 9 of the ICCPR prohibits arbitrary arrest and detention.",
    "The consulate was informed by diplomatic note No. {n}/{n2} of {date_en}.",
    "The Working Group on Arbitrary Detention received the communication on {date_en}.",
    "According to the indictment, {name} shared {n} posts that the prosecutor called divisive.",
    "The trial of {n} defenders began in {city} and is held behind closed doors.",
    "Bail of {n2},000 tenge was set, but the prosecutor appealed against it.",
    "The expert report was prepared by a state institute without an independent review.",
    "The defence notes that {name} had already served {n} days of administrative arrest.",
)
RU_SENTENCES = (
    "{name} был{a} задержан{a} в {city} {date_ru} после мирного собрания.",
    "Обвинение основано на статье {art_ru} Уголовного кодекса Республики Казахстан.",
    "Уголовное дело возбуждено по ч. {part} ст. {artno} УК РК.",
    "Адвокат {name2} не смог{la2} встретиться с подзащитным в течение {n} дней.",
    "Судебное заседание в {city} отложено до {date_ru}.",
    "Свидетель {name2} показал{a2} следователю, что насилия не было.",
    "Родственники обеспокоены: {name} страдает болезнью сердца.",
    "Срочное обращение направлено Специальному докладчику ООН {date_ru}.",
    "Постановление о мере пресечения обжаловано в апелляционном порядке.",
    "{name} не признал{a} вину и назвал{a} дело преследованием за правозащитную работу.",
    "Медицинская справка от {date_ru} подтверждает ухудшение состояния здоровья.",
    "Допрос в следственном изоляторе проводился без участия защитника.",
    "Статья 9 Международного пакта запрещает произвольный арест и содержание под стражей.",
    "Консульство уведомлено дипломатической нотой № {n}/{n2} от {date_ru}.",
    "Суд продлил срок содержания под стражей ещё на {n} суток.",
    "Экспертиза проведена государственным институтом без независимой проверки.",
    "По мнению защиты, {name} уже отбыл{a} {n} суток административного ареста за то же деяние.",
    "Ходатайство защиты о переводе под домашний арест отклонено.",
)
KK_SENTENCES = (
    "{name} {date_kk} күні {city} қаласында бейбіт жиыннан кейін ұсталды.",
    "Айып Қылмыстық кодекстің {artno}-бабының {part}-бөлігіне негізделген.",
    "Қылмыстық кодекстің {artno}-бабы бойынша қылмыстық іс қозғалды.",
    "Адвокат {name2} қорғауындағы адаммен {n} күн бойы кездесе алмады.",
    "{city} сотындағы отырыс {date_kk} күніне қалдырылды.",
    "Куә {name2} тергеушіге ешқандай зорлық-зомбылық болмағанын айтты.",
    "Отбасы мүшелері оның денсаулығына қатты алаңдаушылық білдірді.",
    "БҰҰ арнайы баяндамашысына шұғыл үндеу жіберілді.",
    "Қамауға алу туралы қаулыға облыстық сотқа шағым берілді.",
    "{name} өз кінәсін мойындамады.",
    "Медициналық анықтамада оның жағдайы нашарлағаны көрсетілген.",
    "Тергеу изоляторында жауап алу адвокаттың қатысуынсыз өтті.",
    "Азаматтық және саяси құқықтар туралы халықаралық пактінің 9-бабы заңсыз қамауға тыйым салады.",
    "Қорғау тарапы үй қамауына ауыстыру туралы өтініш берді.",
    "Сот қамауда ұстау мерзімін тағы {n} тәулікке ұзартты.",
)
HEADINGS = {
    "en": ("WITNESS STATEMENT", "LETTER TO COUNSEL", "MEDICAL CERTIFICATE", "CASE NOTE"),
    "ru": ("ПОСТАНОВЛЕНИЕ", "ПОКАЗАНИЯ СВИДЕТЕЛЯ", "ПИСЬМО АДВОКАТУ", "СПРАВКА"),
    "kk": ("АПЕЛЛЯЦИЯЛЫҚ ШАҒЫМ", "КУӘНІҢ ЖАУАБЫ", "АДВОКАТҚА ХАТ", "АНЫҚТАМА"),
}
# File-name words that the importer's type guess recognises, plus neutral ones.
NAME_WORDS = ("witness-statement", "court-ruling", "letter", "medical", "urgent-appeal", "notes")


@dataclass
class CorpusStats:
    """What was written: counts and bytes by kind (``text`` / ``pdf``)."""

    root: Path
    files: list[Path] = field(default_factory=list)
    count: dict[str, int] = field(default_factory=lambda: {"text": 0, "pdf": 0})
    bytes: dict[str, int] = field(default_factory=lambda: {"text": 0, "pdf": 0})
    pages: dict[str, int] = field(default_factory=lambda: {"text": 0, "pdf": 0})

    @property
    def total_bytes(self) -> int:
        return sum(self.bytes.values())

    @property
    def total_pages(self) -> int:
        return sum(self.pages.values())


def _slots(rng: random.Random, lang: str, doc_no: int) -> dict[str, str]:
    person = rng.choice(NAMES)
    other = rng.choice(NAMES)
    city = rng.choice(CITIES)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2024, 2025, 2026))
    art = rng.choice(ARTICLES)
    artno, part = art.rstrip(")").split("(")
    cyrillic = lang != "en"
    return {
        "name": person[1] if cyrillic else person[0],
        "name2": other[1] if cyrillic else other[0],
        "city": city[{"en": 0, "ru": 1, "kk": 2}[lang]],
        "date_en": f"{day} {MONTHS_EN[month - 1]} {year}",
        "date_ru": f"{day} {MONTHS_RU[month - 1]} {year} года",
        "date_kk": f"{year} жылғы {day} {MONTHS_KK[month - 1]}",
        "art": art,
        "art_ru": f"{artno} части {part}",
        "artno": artno,
        "part": part,
        "a": "а" if person[2] == "f" else "",
        "a2": "а" if other[2] == "f" else "",
        "la2": "ла" if other[2] == "f" else "",
        "n": str(rng.randint(2, 60)),
        "n2": str(rng.randint(1, 999) + doc_no % 7),
    }


def _paragraph(rng: random.Random, lang: str, doc_no: int, sentences: int) -> str:
    pool = {"en": EN_SENTENCES, "ru": RU_SENTENCES, "kk": KK_SENTENCES}[lang]
    return " ".join(rng.choice(pool).format(**_slots(rng, lang, doc_no)) for _ in range(sentences))


def _body(rng: random.Random, lang: str, doc_no: int, paragraphs: int) -> list[str]:
    return [_paragraph(rng, lang, doc_no, rng.randint(2, 7)) for _ in range(paragraphs)]


def _reference(doc_no: int, lang: str) -> str:
    return {"en": "Ref.", "ru": "Исх.", "kk": "Шығ."}[lang] + f" № {doc_no:05d}/B"


def make_text_document(
    rng: random.Random, doc_no: int, size: float = 1.0
) -> tuple[str, bytes, int]:
    """(suffix, bytes, pages) of a text or Markdown file in en / ru / kk."""
    lang = rng.choices(("en", "ru", "kk"), weights=(45, 35, 20))[0]
    heading = rng.choice(HEADINGS[lang])
    paragraphs = max(1, round(rng.lognormvariate(1.6, 0.7) * size))
    pages_text: list[str] = []
    page_count = rng.choice((1, 1, 1, 1, 2, 3)) if paragraphs >= 3 else 1
    body = _body(rng, lang, doc_no, paragraphs)
    per_page = -(-len(body) // page_count)
    for start in range(0, len(body), per_page):
        pages_text.append("\n\n".join(body[start : start + per_page]))
    markdown = rng.random() < 0.15
    title = f"# {heading}" if markdown else heading
    text = f"{title}\n{_reference(doc_no, lang)}\n\n" + "\n\f".join(pages_text) + "\n"
    suffix = ".md" if markdown else ".txt"
    roll = rng.random()
    if lang == "ru" and roll < 0.2:
        data = text.encode("cp1251", errors="replace")
    elif lang != "en" and roll > 0.95:
        data = text.encode("utf-16")
    else:
        data = text.encode("utf-8")
    return suffix, data, len(pages_text)


def make_pdf_document(
    rng: random.Random, doc_no: int, max_pages: int = MAX_PDF_PAGES
) -> tuple[bytes, int]:
    """(bytes, pages) of a multi-page PDF; English, WinAnsi text only."""
    page_count = rng.randint(1, max_pages)
    title = f"{rng.choice(HEADINGS['en']).title()} {_reference(doc_no, 'en')}"
    pages = []
    for page_no in range(1, page_count + 1):
        body = _body(rng, "en", doc_no, rng.randint(3, 6))
        header = f"{title} - page {page_no} of {page_count}"
        pages.append(header + "\n\n" + "\n\n".join(body))
    return make_pdf(pages, title=title, compress=rng.random() < 0.9), page_count


def generate_corpus(
    out_dir: Path,
    docs: int = DEFAULT_DOCS,
    *,
    seed: int = DEFAULT_SEED,
    pdf_share: float = PDF_SHARE,
    max_pdf_pages: int = MAX_PDF_PAGES,
    size: float = 1.0,
) -> CorpusStats:
    """Write ``docs`` files under ``out_dir`` (in numbered sub-folders); same seed, same bytes."""
    stats = CorpusStats(root=out_dir)
    for doc_no in range(docs):
        rng = random.Random(f"{seed}:{doc_no}")
        folder = out_dir / f"batch-{doc_no // FILES_PER_FOLDER:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        word = rng.choice(NAME_WORDS)
        if rng.random() < pdf_share:
            kind = "pdf"
            data, pages = make_pdf_document(rng, doc_no, max_pdf_pages)
            suffix = ".pdf"
        else:
            kind = "text"
            suffix, data, pages = make_text_document(rng, doc_no, size)
        path = folder / f"{doc_no:05d}-{word}{suffix}"
        path.write_bytes(data)
        stats.files.append(path)
        stats.count[kind] += 1
        stats.bytes[kind] += len(data)
        stats.pages[kind] += pages
    return stats


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--pdf-share", type=float, default=PDF_SHARE)
    parser.add_argument("--max-pdf-pages", type=int, default=MAX_PDF_PAGES)
    parser.add_argument("--size", type=float, default=1.0, help="scale of text-file length")
    args = parser.parse_args(argv)
    stats = generate_corpus(
        args.out_dir,
        args.docs,
        seed=args.seed,
        pdf_share=args.pdf_share,
        max_pdf_pages=args.max_pdf_pages,
        size=args.size,
    )
    print(
        f"{len(stats.files)} files ({stats.count['text']} text, {stats.count['pdf']} PDF),"
        f" {stats.total_pages} pages, {stats.total_bytes / 1e6:.1f} MB in {stats.root}"
    )


if __name__ == "__main__":
    main()
