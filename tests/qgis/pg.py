"""A throw-away PostgreSQL + PostGIS server on loopback for the tests.

Debian's server binaries (``/usr/lib/postgresql/<v>/bin``) make a fresh cluster in a temp dir,
listening on 127.0.0.1 at a free port; the demo GeoPackage is loaded with GDAL's
``ogr2ogr``. initdb refuses to run as root, so as root the cluster belongs to ``postgres``.
"""
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time

DBNAME = "landplan_test"


def pg_bin():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return os.path.dirname(found[-1]) if found else None


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostGIS:
    def __init__(self):
        self.bin = pg_bin()
        if self.bin is None:
            raise RuntimeError("PostgreSQL server binaries not installed (apt-get install postgresql postgis)")
        self.dir = tempfile.mkdtemp(prefix="landplan-pg-")
        self.data = os.path.join(self.dir, "data")
        self.port = _free_port()
        self.as_user = None
        if os.geteuid() == 0:
            self.as_user = "postgres"
            pw = pwd.getpwnam("postgres")
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        self.user = self.as_user or pwd.getpwuid(os.geteuid()).pw_name

    def _run(self, args, **kw):
        if self.as_user:
            args = ["runuser", "-u", self.as_user, "--"] + args
        return subprocess.run(args, check=True, capture_output=True, text=True, **kw)

    def start(self):
        self._run([os.path.join(self.bin, "initdb"), "-D", self.data, "-A", "trust", "-U", self.user,
                   "-E", "UTF8", "--locale=C.UTF-8"])
        self._run([os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-w", "-t", "60", "-l",
                   os.path.join(self.dir, "log"), "-o",
                   "-h 127.0.0.1 -p %d -k %s -F" % (self.port, self.dir), "start"])
        self.psql("postgres", "CREATE DATABASE %s" % DBNAME)
        self.psql(DBNAME, "CREATE EXTENSION postgis")
        return self

    def psql(self, db, sql):
        return self._run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, "-d", db,
                          "-v", "ON_ERROR_STOP=1", "-Atc", sql]).stdout

    @property
    def ogr_conn(self):
        return "PG:host=127.0.0.1 port=%d dbname=%s user=%s" % (self.port, DBNAME, self.user)

    def load_gpkg(self, gpkg, layers=None, schema="public"):
        args = ["ogr2ogr", "-f", "PostgreSQL", self.ogr_conn, gpkg, "-lco", "SCHEMA=" + schema,
                "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid", "-overwrite", "-nlt", "PROMOTE_TO_MULTI"]
        subprocess.run(args + list(layers or []), check=True, capture_output=True, text=True)

    def uri(self, table, schema="public", geom="geom", key="fid"):
        return ("dbname='%s' host=127.0.0.1 port=%d user='%s' key='%s' table=\"%s\".\"%s\" (%s)"
                % (DBNAME, self.port, self.user, key, schema, table, geom))

    def stop(self):
        try:
            self._run([os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-m", "immediate", "stop"])
        except subprocess.CalledProcessError:
            pass
        time.sleep(0.2)
        shutil.rmtree(self.dir, ignore_errors=True)
