"""A factcheck plugin for a desk that tracks casualty reports.

It adds, through factcheck's hooks (see :mod:`factcheck_casualty_count.plugin`):

- the rule type ``check: casualty-count`` (:mod:`.casualty`),
- a loader for RSS 2.0 and Atom feeds, ``.rss`` and ``.atom`` (:mod:`.feeds`),
- the report format ``--format markdown`` for pull-request comments (:mod:`.markdown`).
"""

__version__ = "0.1.0"
