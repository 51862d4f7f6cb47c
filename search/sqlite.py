"""SQLite's FTS5 without a Dutch stemmer: 'oefeningen' should find 'oefening', and 'hiel' 'hielspoor'.

Each word of a query becomes a prefix query on its stem, which covers plurals and Dutch compounds.
"""

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend, SQLiteSearchQueryCompiler
from modelsearch.query import PlainText

from .text import MIN_STEM, stem, words


class DutchSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        lexemes = None
        # Only the words: a quote or an asterisk means something to FTS5, and the admin searches here too.
        for term in words(query.query_string):
            root = stem(term)
            lexeme = Lexeme(root, prefix=len(root) >= MIN_STEM)
            if lexemes is None:
                lexemes = lexeme
            elif query.operator.upper() == "AND":
                lexemes &= lexeme
            else:
                lexemes |= lexeme
        return SearchQueryExpression(lexemes, config=config) if lexemes is not None else None


class DutchSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = DutchSQLiteQueryCompiler
