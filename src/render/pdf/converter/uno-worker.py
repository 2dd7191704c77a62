"""One warm LibreOffice for tthc, driven through UNO (Debian's python3-uno).

Started by src/render/pdf/converter/uno-worker.ts as

    python3 uno-worker.py <soffice> <profile folder> <pipe name>

in a process group of its own. It starts LibreOffice headless with the private profile,
accepting UNO connections on a named pipe (a pipe rather than a TCP port: no other user of the
machine can reach it, and no port can be taken), connects, and says on stdout, as one JSON line:

    {"ready": true}
    {"ready": false, "problem": "no-uno" | "soffice", "reason": "..."}

Then it reads requests from stdin, one JSON line each, and answers each on stdout:

    {"id": 1, "source": "/abs/bao-cao.docx", "target": "/abs/out.pdf"}
    {"id": 1, "ok": true}    or    {"id": 1, "ok": false, "reason": "..."}

When LibreOffice dies under a request, the script exits (code 4) without answering: Node sees
a crash, starts another worker and tries the file again. When stdin closes (Node closed the
pool, or died), it asks LibreOffice to end (killing it if it does not within 10 s), removes the
profile (and the folder holding it, when empty) and exits. LibreOffice's own messages go to
stderr, which Node keeps for its error messages.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

START_SECONDS = 60


def say(message):
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def others_in_group():
    """The processes of our group but us: LibreOffice's launcher and soffice.bin (Linux /proc)."""
    me, group = os.getpid(), os.getpgid(0)
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit() and int(name) != me:
            try:
                with open("/proc/%s/stat" % name) as f:
                    # pid (comm) state ppid pgrp ...; a zombie has ended already.
                    state, _, pgrp = f.read().rsplit(")", 1)[1].split()[:3]
                if int(pgrp) == group and state != "Z":
                    found.append(int(name))
            except (OSError, ValueError):
                pass
    return found


def stop(office, profile, desktop=None):
    """Stops LibreOffice (the launcher and soffice.bin it started), then removes the profile."""
    if desktop is not None:
        # A clean end removes LibreOffice's pipe files from /tmp; a kill leaves them.
        try:
            desktop.terminate()
            office.wait(timeout=10)
        except Exception:
            pass
    if office is not None and office.poll() is None:
        office.kill()
    if os.getpgid(0) == os.getpid():
        # Started by Node in a group of our own, which LibreOffice shares: end the rest of it.
        for _ in range(100):
            rest = others_in_group()
            if not rest:
                break
            for pid in rest:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            time.sleep(0.02)
    if office is not None:
        office.wait()
    shutil.rmtree(profile, ignore_errors=True)
    # The worker's own folder, made by Node to hold the profile: gone too when nothing else is.
    try:
        os.rmdir(os.path.dirname(os.path.abspath(profile)))
    except OSError:
        pass


def start_office(uno, soffice, profile, pipe):
    return subprocess.Popen(
        [
            soffice,
            "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.abspath(profile)),
            "--headless",
            "--invisible",
            "--nocrashreport",
            "--nodefault",
            "--nologo",
            "--nofirststartwizard",
            "--norestore",
            "--nolockcheck",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdin=subprocess.DEVNULL,
        stdout=sys.stderr,
        stderr=sys.stderr,
    )


def connect(uno, office, pipe):
    """The Desktop of the LibreOffice just started, once it accepts the pipe."""
    from com.sun.star.connection import NoConnectException

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + START_SECONDS
    while True:
        if office.poll() is not None:
            raise RuntimeError("LibreOffice exited with code %s" % office.returncode)
        try:
            ctx = resolver.resolve(
                "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
            )
            return ctx.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", ctx
            )
        except NoConnectException:
            if time.monotonic() > deadline:
                raise RuntimeError(
                    "LibreOffice did not accept the pipe within %d s" % START_SECONDS
                )
            time.sleep(0.05)


def props(uno, **values):
    from com.sun.star.beans import PropertyValue

    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name = name
        p.Value = value
        out.append(p)
    return tuple(out)


def convert(uno, desktop, source, target):
    """Loads the file hidden and read-only, exports it as `soffice --convert-to pdf` does, closes it."""
    url = uno.systemPathToFileUrl(os.path.abspath(source))
    # MacroExecutionMode 0 = NEVER_EXECUTE, UpdateDocMode 0 = NO_UPDATE: nothing of the file runs.
    doc = desktop.loadComponentFromURL(
        url,
        "_blank",
        0,
        props(uno, Hidden=True, ReadOnly=True, MacroExecutionMode=0, UpdateDocMode=0),
    )
    if doc is None:
        raise RuntimeError("source file could not be loaded")
    try:
        sheet = doc.supportsService("com.sun.star.sheet.SpreadsheetDocument")
        name = "calc_pdf_Export" if sheet else "writer_pdf_Export"
        doc.storeToURL(
            uno.systemPathToFileUrl(os.path.abspath(target)),
            props(uno, FilterName=name, Overwrite=True),
        )
    finally:
        try:
            doc.close(True)
        except Exception:
            doc.dispose()


def alive(desktop):
    """Whether LibreOffice still answers: a file it refuses leaves it up, a crash does not."""
    try:
        desktop.getFrames()
        return True
    except Exception:
        return False


def reason_of(error):
    message = getattr(error, "Message", None) or str(error)
    return ("%s: %s" % (type(error).__name__, message)).strip()


def main():
    soffice, profile, pipe = sys.argv[1:4]
    try:
        import uno
    except ImportError as error:
        say({"ready": False, "problem": "no-uno", "reason": str(error)})
        return 3
    office = None
    try:
        office = start_office(uno, soffice, profile, pipe)
        desktop = connect(uno, office, pipe)
    except Exception as error:
        say({"ready": False, "problem": "soffice", "reason": reason_of(error)})
        stop(office, profile)
        return 3
    say({"ready": True})
    for line in sys.stdin:
        request = json.loads(line)
        try:
            convert(uno, desktop, request["source"], request["target"])
            say({"id": request["id"], "ok": True})
        except Exception as error:
            if office.poll() is not None or not alive(desktop):
                sys.stderr.write("LibreOffice ended: %s\n" % reason_of(error))
                stop(office, profile)
                return 4
            say({"id": request["id"], "ok": False, "reason": reason_of(error)})
    stop(office, profile, desktop)
    return 0


if __name__ == "__main__":
    sys.exit(main())
