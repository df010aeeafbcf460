"""Local HTTP servers that answer like Zalo (ZNS, OA, the OAuth token endpoint), eSMS and
SpeedSMS, with their real error codes. Stdlib http.server: it keeps request headers with
underscores (``access_token``, ``secret_key``), which werkzeug-based servers drop.

Each stand-in records every request (path, headers, parsed body) and answers from a script:
``answers`` is a list of answers used in turn (the last one repeats), or a function of the
request. An answer is ``(http_status, json_body)``, or ``("hang", seconds)`` to answer late.
"""
from __future__ import annotations

import base64
import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class Request(dict):
    pass


class StandIn:
    def __init__(self, answer):
        self.requests: list[Request] = []
        self.answer = answer
        self.lock = threading.Lock()
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                ctype = self.headers.get("Content-Type", "")
                if "json" in ctype:
                    body = json.loads(raw or "null")
                else:
                    body = {k: v[0] for k, v in parse_qs(raw).items()}
                req = Request(path=self.path, headers={k.lower(): v for k, v in self.headers.items()}, body=body)
                with stand_in.lock:
                    stand_in.requests.append(req)
                status, payload = stand_in.respond(req)
                if status == "hang":
                    time.sleep(payload)
                    status, payload = 200, {"late": True}
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def respond(self, req):
        if callable(self.answer):
            return self.answer(req)
        with self.lock:
            answer = self.answer[0] if len(self.answer) == 1 else self.answer.pop(0)
        return answer

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


# --- answers as the providers give them ---------------------------------------------------------

def zns_ok(quota=(500, 499)):
    def answer(req):
        return 200, {"error": 0, "message": "Success", "data": {
            "msg_id": uuid.uuid4().hex, "sent_time": str(int(time.time() * 1000)),
            "quota": {"dailyQuota": str(quota[0]), "remainingQuota": str(quota[1])}}}
    return answer


def zalo_error(code: int, message: str):
    return 200, {"error": code, "message": message}


def oa_ok(req):
    return 200, {"error": 0, "message": "Success",
                 "data": {"message_id": uuid.uuid4().hex, "user_id": req["body"]["recipient"]["user_id"]}}


def esms_ok(req):
    return 200, {"CodeResult": "100", "CountRegenerate": 0, "SMSID": uuid.uuid4().hex}


def esms_error(code: str):
    return 200, {"CodeResult": code, "ErrorMessage": f"error {code}"}


def speedsms_ok(req):
    return 200, {"status": "success", "code": "00",
                 "data": {"tranId": 123456, "totalSMS": 1, "totalPrice": 250, "invalidPhone": []}}


def speedsms_error(code: str):
    return 200, {"status": "error", "code": code, "message": f"error {code}"}


def basic_user(req) -> str:
    auth = req["headers"].get("authorization", "")
    return base64.b64decode(auth.split()[1]).decode().split(":")[0] if auth.startswith("Basic ") else ""


class TokenEndpoint:
    """Zalo's OAuth v4 token endpoint: each refresh token works once and yields a new pair.
    ``calls`` counts refreshes; ``issued`` are the access tokens it handed out."""

    def __init__(self, first_refresh: str, secret: str, delay: float = 0.0):
        self.valid = {first_refresh}
        self.secret = secret
        self.delay = delay
        self.calls = 0
        self.issued: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, req):
        time.sleep(self.delay)
        with self.lock:
            self.calls += 1
            if req["headers"].get("secret_key") != self.secret:
                return 200, {"error": -14002, "error_name": "Invalid secret key"}
            token = req["body"].get("refresh_token")
            if token not in self.valid:
                return 200, {"error": -14014, "error_name": "Invalid refresh token",
                             "error_description": "refresh token is invalid or used"}
            self.valid.discard(token)
            access, refresh = f"AT-{uuid.uuid4().hex}", f"RT-{uuid.uuid4().hex}"
            self.valid.add(refresh)
            self.issued.append(access)
            return 200, {"access_token": access, "refresh_token": refresh, "expires_in": "90000"}
