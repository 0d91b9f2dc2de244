"""Drop and re-create the benchmark's PostgreSQL database named in a DATABASE_URL.

Refuses any database whose name does not contain "bench", so that a mistyped
BENCH_DATABASE_URL can never wipe a real database.
"""

import sys

import dj_database_url
import psycopg
from psycopg import sql


def main(url: str) -> int:
    config = dj_database_url.parse(url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        print(f"The benchmark needs PostgreSQL, not {config['ENGINE']}.", file=sys.stderr)
        return 2
    name = config["NAME"]
    if "bench" not in name:
        print(
            f"Refusing to drop {name!r}: the benchmark database's name must contain 'bench'.",
            file=sys.stderr,
        )
        return 2
    try:
        # Connect to the maintenance database: one cannot drop the database one is in.
        with psycopg.connect(
            host=config["HOST"] or "127.0.0.1",
            port=config["PORT"] or 5432,
            user=config["USER"] or "postgres",
            password=config["PASSWORD"] or None,
            dbname="postgres",
            connect_timeout=5,
            autocommit=True,
        ) as conn:
            # FORCE ends sessions a previous, interrupted run may have left open.
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.Error as error:
        print(f"Could not re-create the database {name!r}: {error}", file=sys.stderr)
        return 1
    print(f"Fresh database {name!r} created.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
