package coop.relais.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Target of Spring Security's access-denied forward. */
@Controller
class ErrorPagesController {

    @RequestMapping("/error/403")
    String forbidden(HttpServletResponse response) {
        response.setStatus(403);
        return "error/403";
    }
}
